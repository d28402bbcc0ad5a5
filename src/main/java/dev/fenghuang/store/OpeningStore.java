package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.SecondLevel;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A store being opened on a thread of its own (loading SQLite's native library and its classes takes a few hundred
 * milliseconds of a cold start), while the caller builds the rest; its first use waits for the opening to end.
 */
public final class OpeningStore implements SecondLevel, MarkKeeper, AutoCloseable {
    private final CompletableFuture<SiteStore> store;

    /** Starts opening the store {@code opener} opens. */
    public OpeningStore(Supplier<SiteStore> opener) {
        this.store = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                store.complete(opener.get());
            } catch (RuntimeException | Error e) {
                store.completeExceptionally(e);
                throw e;
            }
        }, "store-open");
        t.setDaemon(true);
        t.start();
    }

    private Optional<SiteStore> opened() {
        try {
            return Optional.of(store.join());
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return Optional.empty(); // the opener said why; memory alone serves
        }
    }

    @Override
    public Optional<Kept> load(CacheKey key) {
        return opened().flatMap(s -> s.load(key));
    }

    @Override
    public void save(CacheKey key, Object value, Instant fetchedAt) {
        opened().ifPresent(s -> s.save(key, value, fetchedAt));
    }

    @Override
    public void forget(Predicate<CacheKey> which) {
        opened().ifPresent(s -> s.forget(which));
    }

    @Override
    public void viewAs(String viewer) {
        opened().ifPresent(s -> s.viewAs(viewer));
    }

    @Override
    public Optional<String> viewer() {
        return opened().flatMap(SiteStore::viewer);
    }

    @Override
    public Optional<Kept> loadBeside(CacheKey key) {
        return opened().flatMap(s -> s.loadBeside(key));
    }

    @Override
    public Optional<Kept> loadGuestCopy(CacheKey key) {
        return opened().flatMap(s -> s.loadGuestCopy(key));
    }

    @Override
    public Optional<String> trouble() {
        try {
            return store.join().trouble();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return Optional.of("it could not be opened: " + e.getMessage());
        }
    }

    /** Whether the store could be opened (waiting for the opening to end). */
    public boolean usable() {
        return opened().isPresent();
    }

    /** See {@link SiteStore#searchArticles}; nothing found when the store could not be opened. */
    public dev.fenghuang.model.search.ArticleSearch searchArticles(String query, int page, int pageSize) {
        return opened().map(s -> s.searchArticles(query, page, pageSize))
                .orElseGet(() -> new dev.fenghuang.model.search.ArticleSearch(0, query, 0, page, 0, java.util.List.of()));
    }

    @Override
    public Optional<ReadMark> mark(String kind, long id) {
        return opened().flatMap(s -> s.mark(kind, id));
    }

    @Override
    public void keep(String kind, long id, ReadMark mark) {
        opened().ifPresent(s -> s.keep(kind, id, mark));
    }

    @Override
    public void close() {
        opened().ifPresent(SiteStore::close);
    }
}
