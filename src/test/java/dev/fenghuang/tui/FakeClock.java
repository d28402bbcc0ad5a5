package dev.fenghuang.tui;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when told, so countdowns are tested without sleeping. */
public final class FakeClock implements InstantSource {
    private Instant now = Instant.parse("2024-05-01T08:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }
}
