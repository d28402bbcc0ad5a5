package dev.fenghuang.tui;

import dev.fenghuang.tui.write.Writes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests to the site, run on a worker so the keyboard never waits; results come back through {@code post} to
 * the UI thread. Cancelling drops the answers of every read running and interrupts the threads waiting for
 * them, which makes the HTTP client abort their connections.
 */
final class Requests {
    private static final Logger log = LoggerFactory.getLogger(Requests.class);

    private final Executor worker;
    private final Consumer<Runnable> post;
    private final List<CompletableFuture<?>> running = new ArrayList<>();
    /** What each running read runs when a cancel drops it. */
    private final Map<CompletableFuture<?>, Runnable> onDrop = new HashMap<>();
    private final Map<CompletableFuture<?>, Waiter> waiters = new ConcurrentHashMap<>();
    private int generation;
    private int writes;

    Requests(Executor worker, Consumer<Runnable> post) {
        this.worker = worker;
        this.post = post;
    }

    /** Runs {@code request}; on the UI thread later, {@code done} gets its result or {@code failed} its error. */
    <T> void run(Callable<T> request, Consumer<T> done, Consumer<Throwable> failed) {
        run(request, done, failed, () -> { });
    }

    /** The same; {@code dropped} runs instead, within {@link #cancel}, when a cancel drops the read. */
    <T> void run(Callable<T> request, Consumer<T> done, Consumer<Throwable> failed, Runnable dropped) {
        int mine = generation;
        CompletableFuture<T> f = new CompletableFuture<>();
        running.add(f);
        onDrop.put(f, dropped);
        Waiter waiter = new Waiter();
        waiters.put(f, waiter);
        f.whenComplete((value, error) -> post.accept(() -> {
            running.remove(f);
            waiters.remove(f);
            onDrop.remove(f);
            if (mine != generation) {
                return;
            }
            if (error != null) {
                failed.accept(error);
            } else {
                done.accept(value);
            }
        }));
        worker.execute(() -> {
            if (!waiter.begin()) {
                return;
            }
            try {
                f.complete(request.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            } finally {
                waiter.end();
            }
        });
    }

    /** The worker thread waiting for one read, interrupted on cancel only while it is still that read's. */
    private static final class Waiter {
        private Thread thread;
        private boolean cancelled;
        private boolean ended;

        synchronized boolean begin() {
            thread = Thread.currentThread();
            return !cancelled;
        }

        /** Clears an interrupt this read got, so the worker's next task starts clean. */
        synchronized void end() {
            ended = true;
            Thread.interrupted();
        }

        synchronized void cancel() {
            cancelled = true;
            if (thread != null && !ended) {
                thread.interrupt();
            }
        }
    }

    /**
     * Runs a write: the spinner turns while it runs, but cancelling never drops its answer, because what the site
     * did (a comment posted, a draft kept) must be told and acted on.
     */
    <T> void write(Callable<T> request, Consumer<T> done, Consumer<Throwable> failed) {
        writes++;
        always(request, value -> {
            writes--;
            done.accept(value);
        }, error -> {
            writes--;
            failed.accept(error);
        });
    }

    /** Runs a request without the spinner whose answer always comes back (who is signed in, a saved draft). */
    <T> void always(Callable<T> request, Consumer<T> done, Consumer<Throwable> failed) {
        worker.execute(() -> {
            try {
                T value = request.call();
                post.accept(() -> done.accept(value));
            } catch (Throwable e) {
                post.accept(() -> failed.accept(e));
            }
        });
    }

    /** Runs a request nobody waits for. */
    void background(Callable<?> request) {
        worker.execute(() -> {
            try {
                request.call();
            } catch (Exception e) {
                log.debug("background request failed: {}", e.toString());
            }
        });
    }

    boolean busy() {
        return !running.isEmpty() || writes > 0;
    }

    /**
     * Forgets every running read, and tells each it was dropped; returns whether there was one. Writes go on and are
     * reported.
     */
    boolean cancel() {
        boolean any = !running.isEmpty();
        generation++;
        List<Runnable> told = new ArrayList<>();
        for (CompletableFuture<?> f : List.copyOf(running)) {
            Waiter waiter = waiters.remove(f);
            if (waiter != null) {
                waiter.cancel();
            }
            told.add(onDrop.remove(f));
            f.cancel(true);
        }
        running.clear();
        told.forEach(Runnable::run);
        return any;
    }
}
