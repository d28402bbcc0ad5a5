package dev.fenghuang.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pages already read, bounded by an estimate of their size, each kind with its own time to live.
 * Writes invalidate what they change ({@link #forget}); a reload bypasses the cache ({@link #refresh}).
 */
public final class PageCache {
    private final Cache<CacheKey, Object> cache;

    /** A cache on the system's clock. */
    public PageCache(CachePolicy policy) {
        this(policy, Ticker.systemTicker());
    }

    /** @param ticker the clock the times to live run on, in nanoseconds (a test's fake one, advanced at will) */
    public PageCache(CachePolicy policy, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumWeight(policy.maxWeight())
                .weigher((CacheKey k, Object v) -> Weigher.weigh(v))
                .expireAfter(Expiry.creating((CacheKey k, Object v) -> policy.ttl(k.kind())))
                .build();
    }

    /** Loads a page, or throws what the loader threw. */
    @FunctionalInterface
    public interface Loader<T> {
        T load() throws IOException;
    }

    /** The cached value for the key, loading it (once, even when asked concurrently) if absent or expired. */
    @SuppressWarnings("unchecked")
    public <T> T get(CacheKey key, Loader<T> loader) throws IOException {
        try {
            return (T) cache.get(key, k -> {
                try {
                    return loader.load();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Loads the value afresh, bypassing and then replacing what is cached. */
    public <T> T refresh(CacheKey key, Loader<T> loader) throws IOException {
        T value = loader.load();
        cache.put(key, value);
        return value;
    }

    /** Drops every cached value whose key matches, e.g. all pages of an article after a comment. */
    public void forget(Predicate<CacheKey> which) {
        cache.asMap().keySet().removeIf(which);
    }

    /** The value in memory under {@code key}, without loading it. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> peek(CacheKey key) {
        return Optional.ofNullable((T) cache.getIfPresent(key));
    }

    public boolean contains(CacheKey key) {
        return cache.getIfPresent(key) != null;
    }
}
