package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The terminal taken while the session opens ({@link Overlap}, as {@link Tui#run} uses it): side by side, each
 * failure leaving nothing behind, what was opened closed.
 */
class OverlapTest {
    private final List<String> steps = new CopyOnWriteArrayList<>();

    /** What the opener opens: notes when it is closed. */
    private final class Opened implements AutoCloseable {
        @Override
        public void close() {
            steps.add("closed");
        }
    }

    @Test
    void theSideWorkRunsWhileTheCallerOpensAndBothReachTheRest() throws Exception {
        CountDownLatch sideStarted = new CountDownLatch(1);
        CountDownLatch opened = new CountDownLatch(1);
        AtomicReference<String> sideThread = new AtomicReference<>();
        int code = Overlap.run("side", () -> {
            sideThread.set(Thread.currentThread().getName());
            sideStarted.countDown();
            // the side waits for the opening to end: run one after the other, neither would finish
            assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();
            return "terminal";
        }, taken -> steps.add("undone"), () -> {
            assertThat(sideStarted.await(10, TimeUnit.SECONDS)).as("the side started before the opening ended")
                    .isTrue();
            opened.countDown();
            return new Opened();
        }, (session, taken) -> {
            steps.add("ran over " + taken);
            return 7;
        });
        assertThat(code).isEqualTo(7);
        assertThat(sideThread.get()).isEqualTo("side");
        assertThat(steps).containsExactly("ran over terminal", "closed");
    }

    @Test
    void anOpeningThatFailsWaitsForTheSideAndUndoesItBeforeItsFailureGoesOn() {
        CountDownLatch failed = new CountDownLatch(1);
        assertThatThrownBy(() -> Overlap.run("side", () -> {
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue(); // still taking when the opening failed
            steps.add("taken");
            return "terminal";
        }, taken -> steps.add("gave back " + taken), () -> {
            failed.countDown();
            throw new IllegalStateException("no such site");
        }, (session, taken) -> {
            steps.add("ran");
            return 0;
        })).isInstanceOf(IllegalStateException.class).hasMessage("no such site");
        assertThat(steps).containsExactly("taken", "gave back terminal");
    }

    @Test
    void aSideThatFailsClosesWhatWasOpenedAndItsFailureGoesOnAsThrown() {
        assertThatThrownBy(() -> Overlap.run("side", () -> {
            throw new IOException("stty failed");
        }, taken -> steps.add("undone"), Opened::new, (session, taken) -> {
            steps.add("ran");
            return 0;
        })).isInstanceOf(IOException.class).hasMessage("stty failed");
        assertThat(steps).containsExactly("closed");
    }

    @Test
    void whenBothFailTheOpeningsFailureGoesOnAndNothingIsUndone() {
        assertThatThrownBy(() -> Overlap.run("side", () -> {
            throw new IOException("stty failed");
        }, taken -> steps.add("undone"), () -> {
            throw new IOException("cookie file unreadable");
        }, (session, taken) -> 0)).hasMessage("cookie file unreadable");
        assertThat(steps).isEmpty();
    }
}
