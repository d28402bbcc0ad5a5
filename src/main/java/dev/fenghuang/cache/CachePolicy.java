package dev.fenghuang.cache;

import java.time.Duration;

/**
 * Bounds of the page cache.
 *
 * @param maxWeight the most the cache may hold, in estimated bytes of text: 0 holds nothing (a page asked for twice
 *     at once is still loaded once); below 0, no memory level at all ({@link #withoutMemory})
 * @param sections how long the category tree stays fresh
 * @param lists how long a category list page stays fresh; the forum index and a board's thread list as well
 * @param articles how long an article page (and an image) stays fresh
 * @param comments how long a comment list page stays fresh; a thread page as well (its replies are the comments)
 */
public record CachePolicy(long maxWeight, Duration sections, Duration lists, Duration articles, Duration comments) {

    public static CachePolicy defaults() {
        return new CachePolicy(32L * 1024 * 1024, Duration.ofHours(24), Duration.ofMinutes(2),
                Duration.ofMinutes(15), Duration.ofMinutes(2));
    }

    /**
     * This policy with nothing held in memory: pages come from the lasting level or the site at each ask. For a command
     * that reads a page once and ends, where a memory cache would be built for nothing (issue 13).
     */
    public CachePolicy withoutMemory() {
        return new CachePolicy(-1, sections, lists, articles, comments);
    }

    /** Whether a cache under this policy has a memory level ({@link #withoutMemory} has none). */
    public boolean holdsInMemory() {
        return maxWeight >= 0;
    }

    /**
     * This policy with the cache held to a third of {@code maxHeapBytes} at most: under a capped heap (the launcher
     * gives the JVM one sized for the default cache) a larger {@code cache.maxMegabytes} would otherwise fill it.
     */
    public CachePolicy within(long maxHeapBytes) {
        long bound = Math.max(1, maxHeapBytes / 3);
        return maxWeight <= bound ? this : new CachePolicy(bound, sections, lists, articles, comments);
    }

    Duration ttl(CacheKey.Kind kind) {
        return switch (kind) {
            case SECTIONS -> sections;
            case LIST, FORUM_INDEX, BOARD -> lists;
            case ARTICLE, IMAGE -> articles;
            case COMMENTS, THREAD -> comments;
        };
    }
}
