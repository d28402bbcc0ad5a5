package dev.fenghuang.app.sync;

import dev.fenghuang.app.Settings;
import java.time.Duration;

/**
 * How politely {@code sync} fetches (settings {@code sync.*} of {@code fenghuang.properties}).
 *
 * @param inFlight requests at once, 1 or 2
 * @param pause the least time between the starts of two requests
 * @param retries how many times an item the site is too busy for (HTTP 503 or 429, a "too fast" message) is tried
 *     again before it is left for the next run
 * @param backoff the first wait before such a retry; each next one waits twice as long
 * @param maxPages the most pages of one list, article or comment thread followed, whatever page count the site
 *     claims (a hostile or broken pager can claim billions)
 */
public record SyncSettings(int inFlight, Duration pause, int retries, Duration backoff, int maxPages) {
    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(500);
    public static final int DEFAULT_MAX_PAGES = 1000;

    public SyncSettings(int inFlight, Duration pause, int retries, Duration backoff) {
        this(inFlight, pause, retries, backoff, DEFAULT_MAX_PAGES);
    }

    public SyncSettings {
        if (inFlight < 1 || inFlight > 2) {
            throw new IllegalArgumentException("sync.inFlight is 1 or 2, not " + inFlight);
        }
        if (pause.isNegative() || backoff.isNegative()) {
            throw new IllegalArgumentException("sync.pause and sync.backoff cannot be negative");
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("sync.retries is 0 to 10, not " + retries);
        }
        if (maxPages < 1 || maxPages > 100_000) {
            throw new IllegalArgumentException("sync.maxPages is 1 to 100000, not " + maxPages);
        }
    }

    public static SyncSettings defaults() {
        return new SyncSettings(2, DEFAULT_PAUSE, 3, Duration.ofSeconds(5));
    }

    public static SyncSettings from(Settings s) {
        SyncSettings d = defaults();
        return new SyncSettings(s.integer("sync.inFlight", d.inFlight()), s.duration("sync.pause", d.pause()),
                s.integer("sync.retries", d.retries()), s.duration("sync.backoff", d.backoff()),
                s.integer("sync.maxPages", d.maxPages()));
    }

    public SyncSettings withPause(Duration value) {
        return new SyncSettings(inFlight, value, retries, backoff, maxPages);
    }
}
