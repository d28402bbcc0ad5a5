package dev.fenghuang.cache;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A lasting level under the page cache's memory: what it keeps outlives the process. It never throws; a level that
 * cannot be used any more answers empty and keeps nothing, and the cache works on in memory.
 */
public interface SecondLevel {
    /** A level that keeps nothing. */
    SecondLevel NONE = new SecondLevel() {
        @Override
        public Optional<Kept> load(CacheKey key) {
            return Optional.empty();
        }

        @Override
        public void save(CacheKey key, Object value, Instant fetchedAt) {
            // keeps nothing
        }

        @Override
        public void forget(Predicate<CacheKey> which) {
            // holds nothing
        }
    };

    /**
     * A value kept earlier, and when it was fetched from the site.
     *
     * @param value the record as it was read
     * @param fetchedAt when the site gave it
     */
    record Kept(Object value, Instant fetchedAt) {
    }

    /** The value kept under the key, noting that it was read now; empty when none is kept. */
    Optional<Kept> load(CacheKey key);

    /** Keeps the value under the key, replacing what was there; a value of a kind it does not keep is ignored. */
    void save(CacheKey key, Object value, Instant fetchedAt);

    /** Drops every value whose key matches, whoever read it: a write changed the page for every reader. */
    void forget(Predicate<CacheKey> which);

    /**
     * Drops every value this reader (the account) read, after its session changed (a sign-in or sign-out: a member's
     * pages differ from a guest's); other accounts' stay.
     */
    default void forgetReader() {
        forget(key -> true);
    }

    /** Why this level answers nothing any more (a file locked by another program, damaged), in one line; else empty. */
    default Optional<String> trouble() {
        return Optional.empty();
    }
}
