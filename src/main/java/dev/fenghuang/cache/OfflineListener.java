package dev.fenghuang.cache;

import java.time.Instant;

/** Hears that a page was answered from the lasting level because the site is not asked or could not be reached. */
@FunctionalInterface
public interface OfflineListener {
    /**
     * @param key the page answered
     * @param fetchedAt when the copy answered was fetched from the site
     */
    void shownOffline(CacheKey key, Instant fetchedAt);
}
