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

    /**
     * The value kept under the key, as {@link #load} answers it, for a key no write handed over waits to write: a level
     * that writes on a thread of its own may find that it keeps nothing under the key without waiting for the write in
     * progress.
     */
    default Optional<Kept> loadBeside(CacheKey key) {
        return load(key);
    }

    /** Keeps the value under the key, replacing what was there; a value of a kind it does not keep is ignored. */
    void save(CacheKey key, Object value, Instant fetchedAt);

    /** Drops every value whose key matches, whoever read it: a write changed the page for every reader. */
    void forget(Predicate<CacheKey> which);

    /**
     * From now on the values kept and read are those of {@code viewer} (whose pages they are: a guest's differ from a
     * member's, who sees the reply form, their own comments waiting for moderation and pages only members may read);
     * every viewer's values stay.
     */
    default void viewAs(String viewer) {
        // one viewer only
    }

    /** Whose values are kept and read now ({@link #viewAs}); empty for a level that keeps one viewer's only. */
    default Optional<String> viewer() {
        return Optional.empty();
    }

    /**
     * The value a guest was given under the key, for a member reading offline with no copy of their own (a guest's
     * page holds nothing a member may not see); empty when none is kept, or when this viewer is the guest.
     */
    default Optional<Kept> loadGuestCopy(CacheKey key) {
        return Optional.empty();
    }

    /**
     * From now on {@link #save} may return before the value is written (the terminal reader asks for it, so that a
     * page shows before it is kept); a level that cannot, goes on writing at once.
     */
    default void writeBehind() {
        // writes at once
    }

    /**
     * While {@code hold}, a level that writes behind keeps what it is given from its writing thread until released
     * ({@code false}) or asked for anything; one that writes at once, as before.
     */
    default void holdWrites(boolean hold) {
        // writes at once
    }

    /** Returns once every value handed to {@link #save} so far is written; a level that writes at once, at once. */
    default void written() {
        // saves are written before they return
    }

    /** Why this level answers nothing any more (a file locked by another program, damaged), in one line; else empty. */
    default Optional<String> trouble() {
        return Optional.empty();
    }
}
