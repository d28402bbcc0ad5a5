package dev.fenghuang.cache;

import java.io.IOException;
import java.time.Instant;

/** Told when a page was answered from the lasting level past its time to live, and what came of its refresh. */
public interface StaleListener {
    /** The page shown was fetched at {@code fetchedAt} and is being fetched again behind it. */
    void stale(CacheKey key, Instant fetchedAt);

    /** The page was fetched again; the next read of the key answers with it. */
    void refreshed(CacheKey key);

    /** Fetching the page again failed; what was shown stays the stored copy. */
    void refreshFailed(CacheKey key, IOException error);
}
