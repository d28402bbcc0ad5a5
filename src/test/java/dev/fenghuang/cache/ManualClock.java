package dev.fenghuang.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A wall clock (UTC) and a cache's ticker in one, moved only by the test: nothing sleeps, and the times to live and
 * the fetch times kept in a store run on the same time.
 */
public final class ManualClock extends Clock implements Ticker {
    private final AtomicLong nanos = new AtomicLong();
    private final Instant start;

    /** A clock standing at {@code start} (ISO, e.g. {@code 2026-12-06T10:00:00Z}) until moved. */
    public ManualClock(String start) {
        this.start = Instant.parse(start);
    }

    /** Moves the clock on. */
    public void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    /** Where the clock started. */
    public Instant start() {
        return start;
    }

    @Override
    public Instant instant() {
        return start.plusNanos(nanos.get());
    }

    @Override
    public long read() {
        return nanos.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
