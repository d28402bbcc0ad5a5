package dev.fenghuang.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/** The site's time: a base clock that tests can stop and move forward instead of sleeping. */
final class SiteClock extends Clock {
    private final Clock base;
    private final AtomicLong offsetMillis = new AtomicLong();
    private volatile Instant frozen;

    SiteClock(Clock base) {
        this.base = base;
    }

    void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + by);
        }
        offsetMillis.addAndGet(by.toMillis());
    }

    /** Stops the time where it is; only {@link #advance} moves it from now on. */
    void freeze() {
        if (frozen == null) {
            frozen = base.instant();
        }
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return base.withZone(zone);
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        return (stopped == null ? base.instant() : stopped).plusMillis(offsetMillis.get());
    }
}
