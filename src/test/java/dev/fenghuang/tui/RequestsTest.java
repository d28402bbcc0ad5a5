package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestsTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    /** The UI thread's queue: what the worker posts runs when the test says so. */
    private final java.util.concurrent.BlockingQueue<Runnable> ui = new java.util.concurrent.LinkedBlockingQueue<>();

    private void runPosted() {
        for (Runnable r; (r = ui.poll()) != null; ) {
            r.run();
        }
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void cancellingInterruptsTheThreadWaitingForTheRead() throws Exception {
        Requests requests = new Requests(worker, ui::add);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Object> answers = new ArrayList<>();
        requests.run(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(); // a read that never ends by itself
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        }, answers::add, answers::add);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(requests.cancel()).isTrue();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        runPosted();
        assertThat(answers).isEmpty();
    }

    /** A cancel tells the reads it dropped, and only them: one that answered before it is not told. */
    @Test
    void aCancelTellsEachReadItDropped() {
        HeldWorker held = new HeldWorker();
        Requests requests = new Requests(held, ui::add);
        List<String> told = new ArrayList<>();
        requests.run(() -> "answered", told::add, e -> told.add("failed"), () -> told.add("answered dropped"));
        held.runAll();
        runPosted();
        requests.run(() -> "late", told::add, e -> told.add("failed"), () -> told.add("late dropped"));

        assertThat(requests.cancel()).isTrue();
        held.runAll();
        runPosted();

        assertThat(told).containsExactly("answered", "late dropped");
        assertThat(requests.busy()).isFalse();
    }

    @Test
    void theWorkersNextTaskDoesNotInheritTheInterrupt() throws Exception {
        Requests requests = new Requests(worker, ui::add);
        CountDownLatch started = new CountDownLatch(1);
        requests.run(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                // cancelled
            }
            return 1;
        }, v -> { }, e -> { });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        requests.cancel();
        CountDownLatch next = new CountDownLatch(1);
        boolean[] interruptedNext = new boolean[1];
        requests.always(() -> Thread.currentThread().isInterrupted(), v -> {
            interruptedNext[0] = v;
            next.countDown();
        }, e -> next.countDown());
        for (int i = 0; i < 50 && next.getCount() > 0; i++) {
            Runnable r = ui.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(next.getCount()).isZero();
        assertThat(interruptedNext[0]).isFalse();
    }
}
