package dev.fenghuang.cache;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Whether the site is to be asked: never when working offline ({@code --offline}); otherwise yes, except for a while
 * after it could not be reached, so a reader that fell back on the store does not wait for the network on every
 * page it opens, and tries again once that while is over.
 */
public final class Reach {
    /** How long after the site could not be reached the store answers alone, by default. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private final boolean forced;
    private final Predicate<IOException> unreachable;
    private final Clock clock;
    private final Duration retryAfter;
    private volatile Instant downUntil = Instant.MIN;
    private volatile IOException lastFailure;

    /**
     * @param forced true to work offline from the start and for good
     * @param unreachable which failures mean the site could not be reached (not an error page it answered)
     * @param retryAfter how long after such a failure the site is not asked
     */
    public Reach(boolean forced, Predicate<IOException> unreachable, Clock clock, Duration retryAfter) {
        this.forced = forced;
        this.unreachable = unreachable;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    /** Always online: every failure is the caller's. */
    public static Reach alwaysOnline() {
        return new Reach(false, e -> false, Clock.systemUTC(), Duration.ZERO);
    }

    public boolean forced() {
        return forced;
    }

    /** True when the store alone is to answer now. */
    public boolean offlineNow() {
        return forced || clock.instant().isBefore(downUntil);
    }

    /** True when the failure means the site could not be reached; it then is not asked for a while. */
    boolean noteFailure(IOException e) {
        if (!unreachable.test(e)) {
            return false;
        }
        if (!forced) {
            lastFailure = e;
            downUntil = clock.instant().plus(retryAfter);
        }
        return true;
    }

    /**
     * Not working offline but within the while after the site could not be reached: the failure that started it,
     * for a page the store does not hold (it is not asked for until the while is over, or the user reloads).
     */
    java.util.Optional<IOException> recentFailure() {
        return forced || !offlineNow() ? java.util.Optional.empty() : java.util.Optional.ofNullable(lastFailure);
    }

    /** How long a page answered from the store offline stays in memory before it is looked up again. */
    Duration holdOffline(Duration ttl) {
        return forced || ttl.compareTo(retryAfter) < 0 ? ttl : retryAfter;
    }
}
