package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI loop of an idle session sleeps until something happens (a key, an answer, a resize: each posts an event);
 * it wakes on a tick only while a timer waits or a request runs (the spinner, a countdown). It used to wake every
 * 120 ms for nothing, which fifty idle sessions of {@code serve-ssh} paid for in CPU.
 */
class IdleLoopTest {
    @TempDir
    Path home;

    private ScreenTester tester() throws Exception {
        return new ScreenTester(new FakeSite().reader(home), TuiOptions.defaults(), 80, 24);
    }

    @Test
    void anIdleLoopWaitsForTheNextEventWithoutATimeLimit() throws Exception {
        try (ScreenTester t = tester()) {
            assertThat(t.loop.turns().idleWait()).isNull();
        }
    }

    @Test
    void aWaitingTimerWakesTheLoopBeforeItIsDue() throws Exception {
        try (ScreenTester t = tester()) {
            t.loop.timers().after(Duration.ofSeconds(30), () -> { });

            assertThat(t.loop.turns().idleWait()).isNotNull().isLessThanOrEqualTo(Duration.ofMillis(120));
        }
    }

    @Test
    void theEventQueueWithoutATimeLimitGivesTheNextEvent() throws Exception {
        Events events = new Events();
        Runnable posted = () -> { };
        events.post(posted);

        assertThat(events.next(null)).isSameAs(posted);
    }
}
