package dev.fenghuang.tui;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The UI thread's queue: keys and finished requests posted from any thread, run in order on the UI thread, with a
 * frame drawn after each batch; and the one action waiting for no request to run.
 */
final class Events {
    /** Rounds of running and drawing in one settle, so that work a frame starts and that ends at once shows. */
    private static final int ROUNDS = 4;

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private Runnable whenIdle;
    private Runnable afterFrame;

    /** Draws a frame. */
    interface Drawing {
        void draw() throws IOException;
    }

    /** Queues work for the UI thread; safe from any thread. */
    void post(Runnable event) {
        queue.add(event);
    }

    boolean running() {
        return running;
    }

    /** Ends the loop: no queued event runs after this. */
    void stop() {
        running = false;
    }

    /** Runs {@code action} in a later settle, once no request runs; replaces one waiting. */
    void whenIdle(Runnable action) {
        whenIdle = action;
    }

    /**
     * Runs {@code action} once no request runs, after the frame of that settle is drawn; replaces one waiting. For work
     * that shows nothing itself (a request whose answer comes back as an event): the frame is not kept waiting for it,
     * nor shares the processor with it.
     */
    void afterFrameWhenIdle(Runnable action) {
        afterFrame = action;
    }

    /** The next event, waiting up to {@code wait} (null: until one comes); null when none came. */
    Runnable next(Duration wait) throws InterruptedException {
        return wait == null ? queue.take() : queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs every queued event, then the action waiting for idle if {@code busy} says no request runs, then draws, then
     * the action waiting for a frame and idle; again if drawing or that action started work that already finished.
     */
    void settle(BooleanSupplier busy, Drawing drawing) throws IOException {
        for (int round = 0; round < ROUNDS && running; round++) {
            Runnable next;
            while (running && (next = queue.poll()) != null) {
                next.run();
            }
            if (running && whenIdle != null && !busy.getAsBoolean()) {
                Runnable idle = whenIdle;
                whenIdle = null;
                idle.run();
            }
            if (running) {
                drawing.draw();
            }
            if (running && afterFrame != null && !busy.getAsBoolean()) {
                Runnable drawn = afterFrame;
                afterFrame = null;
                drawn.run();
            }
            if (queue.isEmpty()) {
                return;
            }
        }
    }
}
