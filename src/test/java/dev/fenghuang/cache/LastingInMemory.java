package dev.fenghuang.cache;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** A lasting level for tests: what it is given kept in a map, and a trouble a test may set. */
public final class LastingInMemory implements SecondLevel {
    public final Map<CacheKey, Kept> kept = new ConcurrentHashMap<>();
    public volatile String trouble;

    @Override
    public Optional<String> trouble() {
        return Optional.ofNullable(trouble);
    }

    @Override
    public Optional<Kept> load(CacheKey key) {
        return Optional.ofNullable(kept.get(key));
    }

    @Override
    public void save(CacheKey key, Object value, Instant fetchedAt) {
        kept.put(key, new Kept(value, fetchedAt));
    }

    @Override
    public void forget(Predicate<CacheKey> which) {
        kept.keySet().removeIf(which);
    }
}
