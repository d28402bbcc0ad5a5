package dev.fenghuang.tui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

/** A TUI worker that runs the tasks it was given only when told, in the order the test chooses. */
public final class HeldWorker implements Executor {
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        held.add(task);
    }

    /** Runs what is held, and what those tasks hand it meanwhile, oldest first. */
    public void runAll() {
        Runnable next;
        while ((next = take(false)) != null) {
            next.run();
        }
    }

    /** What is held now, the last given first: a later request overtaking an earlier one. */
    public void runAllNewestFirst() {
        List<Runnable> now = new ArrayList<>();
        Runnable next;
        while ((next = take(true)) != null) {
            now.add(next);
        }
        now.forEach(Runnable::run);
    }

    /** Runs only the task given last, leaving the others held. */
    public void runLast() {
        Runnable last = take(true);
        if (last != null) {
            last.run();
        }
    }

    private synchronized Runnable take(boolean newest) {
        return newest ? held.pollLast() : held.pollFirst();
    }
}
