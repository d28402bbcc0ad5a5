package dev.fenghuang.tui;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Things to do later on the UI thread (sending a comment when the site's wait is over). The time comes from an
 * injected source, so tests move it instead of sleeping; the UI loop fires what is due between keys.
 */
public final class Timers {
    private record Timer(Instant due, Runnable action) {
    }

    private final InstantSource clock;
    private final List<Timer> timers = new ArrayList<>();

    Timers(InstantSource clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Runs {@code action} once {@code delay} has passed; the returned runnable cancels it. */
    Runnable after(Duration delay, Runnable action) {
        Timer t = new Timer(now().plus(delay), action);
        timers.add(t);
        return () -> timers.remove(t);
    }

    boolean pending() {
        return !timers.isEmpty();
    }

    /** Runs every timer that is due; returns whether one ran. */
    boolean fire() {
        Instant now = now();
        List<Timer> due = timers.stream().filter(t -> !t.due().isAfter(now)).toList();
        timers.removeAll(due);
        due.forEach(t -> t.action().run());
        return !due.isEmpty();
    }
}
