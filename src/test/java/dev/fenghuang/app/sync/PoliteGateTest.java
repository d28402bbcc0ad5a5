package dev.fenghuang.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PoliteGateTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> waits = new ArrayList<>();

    /** Sleeping moves the fake clock on, as a real sleep would. */
    private final PoliteGate.Sleeper sleeper = d -> {
        synchronized (waits) {
            waits.add(d);
        }
        now.addAndGet(d.toNanos());
    };

    @Test
    void requestsStartAPauseApart() throws Exception {
        PoliteGate gate = new PoliteGate(2, Duration.ofMillis(500), now::get, sleeper);
        gate.enter();
        gate.leave();
        gate.enter();
        gate.leave();
        now.addAndGet(Duration.ofMillis(100).toNanos());
        gate.enter();
        gate.leave();
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(400));
    }

    @Test
    void aRequestLongAfterTheLastOneStartsAtOnce() throws Exception {
        PoliteGate gate = new PoliteGate(2, Duration.ofMillis(500), now::get, sleeper);
        gate.enter();
        gate.leave();
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        gate.enter();
        gate.leave();
        assertThat(waits).isEmpty();
    }

    @Test
    void afterTheSiteSaidItIsBusyNoRequestStartsBeforeTheWaitIsOver() throws Exception {
        PoliteGate gate = new PoliteGate(2, Duration.ofMillis(500), now::get, sleeper);
        gate.enter();
        gate.leave();
        gate.holdOff(Duration.ofSeconds(15));
        gate.enter();
        gate.leave();
        assertThat(waits).containsExactly(Duration.ofSeconds(15));
    }

    @Test
    void aThirdRequestWaitsUntilOneOfTwoInFlightEnds() throws Exception {
        PoliteGate gate = new PoliteGate(2, Duration.ZERO, now::get, sleeper);
        gate.enter();
        gate.enter();
        CountDownLatch third = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                gate.enter();
                third.countDown();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        assertThat(third.await(200, TimeUnit.MILLISECONDS)).as("a third in flight").isFalse();
        gate.leave();
        assertThat(third.await(10, TimeUnit.SECONDS)).as("let through once one ended").isTrue();
        t.join();
    }
}
