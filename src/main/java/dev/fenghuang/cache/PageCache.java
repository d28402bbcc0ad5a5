package dev.fenghuang.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Pages already read, bounded by an estimate of their size, each kind with its own time to live, over an optional
 * {@link SecondLevel} that outlives the process. A page kept there and still fresh costs no request; one past its
 * time to live is fetched again before it is answered, or, once {@link #refreshBehind} was called, answered at once
 * and fetched again behind it. Writes invalidate what they change in both levels ({@link #forget}); a reload
 * bypasses both ({@link #refresh}). Under a policy {@link CachePolicy#withoutMemory} there is no memory level: every
 * ask goes to the lasting level, then the site, and asks made at once are not joined.
 */
public final class PageCache {
    /** How often, at most, the values past their time to live are dropped from memory all at once. */
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);
    private static final Duration LONGEST_TTL = Duration.ofDays(365L * 30);

    private final Cache<CacheKey, Held> cache; // null under a policy without memory: no memory level
    private final CachePolicy policy;
    private final SecondLevel lasting;
    private final Clock clock;
    private final Ticker ticker;
    private volatile long nextSweep;
    private volatile Executor behind;
    private volatile StaleListener listener;
    private volatile Reach reach = Reach.alwaysOnline();
    private volatile OfflineListener offlineListener;

    /**
     * A value in memory: until when it is fresh there (on the ticker, in nanoseconds), and whether it is a stale copy
     * being fetched again.
     */
    private record Held(Object value, long freshUntil, boolean stale, AtomicBoolean refreshing) {
        boolean freshAt(long now) {
            return now - freshUntil < 0;
        }
    }

    /** A cache on the system's clock. */
    public PageCache(CachePolicy policy) {
        this(policy, Ticker.systemTicker());
    }

    /** @param ticker the clock the times to live run on, in nanoseconds (a test's fake one, advanced at will) */
    public PageCache(CachePolicy policy, Ticker ticker) {
        this(policy, ticker, SecondLevel.NONE, Clock.systemUTC());
    }

    /**
     * @param lasting the level under the memory
     * @param clock the wall clock the lasting level's fetch times are taken and compared on
     */
    public PageCache(CachePolicy policy, Ticker ticker, SecondLevel lasting, Clock clock) {
        this.policy = policy;
        this.lasting = lasting;
        this.clock = clock;
        this.ticker = ticker;
        this.nextSweep = ticker.read() + SWEEP_INTERVAL.toNanos();
        // eviction on the thread that put the page: on the shared pool it lagged, and the memory level held three
        // times its bound while pages came in one after the other (and the pool's thread cost memory of its own).
        // Each value keeps its own time to live and is checked on read (a value past it is a miss), rather than
        // Caffeine's per-entry expiry: that one loads a timer wheel, expiring entry classes and method handles,
        // 35 classes fewer in a reader session of 300 articles, for what a comparison on read does (issue 13).
        // Without a memory level no Caffeine cache is built at all: its classes and its first cache's set-up were
        // ~40 ms of processor in a cold `read` (issue 13).
        this.cache = !policy.holdsInMemory() ? null : Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(policy.maxWeight())
                .weigher((CacheKey k, Held v) -> Weigher.weigh(v.value()))
                .build();
    }

    /** The estimated bytes the memory level holds now (what {@link CachePolicy#maxWeight} bounds). */
    public long weighedBytes() {
        if (cache == null) {
            return 0;
        }
        return cache.policy().eviction().flatMap(e -> {
            java.util.OptionalLong weighed = e.weightedSize();
            return weighed.isPresent() ? Optional.of(weighed.getAsLong()) : Optional.empty();
        }).orElse(0L);
    }

    /** Loads a page, or throws what the loader threw. */
    @FunctionalInterface
    public interface Loader<T> {
        T load() throws IOException;
    }

    /**
     * From now on a stale page of the lasting level is answered at once and fetched again on {@code executor}; the
     * listener hears of both. Without this call a stale page is fetched again before it is answered.
     */
    public void refreshBehind(Executor executor, StaleListener staleListener) {
        this.listener = staleListener;
        this.behind = executor;
    }

    /**
     * From now on the site is asked as {@code offline} allows: when it is not to be asked, or cannot be reached, a
     * page the lasting level holds is answered at any age; working offline, a page it does not hold is
     * {@link NotStored}.
     */
    public void workOffline(Reach offline) {
        this.reach = offline;
    }

    /** From now on {@code told} hears of every page answered from the lasting level offline. */
    public void onOffline(OfflineListener told) {
        this.offlineListener = told;
    }

    /**
     * The cached value for the key: from memory, else from the lasting level while fresh, else loaded (once, even
     * when asked concurrently) and kept in both.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(CacheKey key, Loader<T> loader) throws IOException {
        Held held = keptBelowOnly(key) ? fill(key, loader) : inMemory(key, loader);
        if (held.stale() && held.refreshing().compareAndSet(false, true)) {
            startRefresh(key, loader, held);
        }
        return (T) held.value();
    }

    /**
     * The value held in memory, filled once (even when asked concurrently) when it is not there or past its time to
     * live. A value this ask filled is its answer, fresh or not: a kind given no time to live is fetched once per ask.
     */
    private Held inMemory(CacheKey key, Loader<?> loader) throws IOException {
        if (cache == null) {
            return fill(key, loader);
        }
        long now = ticker.read();
        sweep(now);
        boolean[] filledHere = {false};
        Held held = filledOnce(key, loader, filledHere);
        if (filledHere[0] || held.freshAt(now)) {
            return held;
        }
        cache.asMap().remove(key, held);
        return filledOnce(key, loader, filledHere);
    }

    private Held filledOnce(CacheKey key, Loader<?> loader, boolean[] filledHere) throws IOException {
        try {
            return cache.get(key, k -> {
                try {
                    filledHere[0] = true;
                    return fill(k, loader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Drops every value past its time to live, at most once a {@link #SWEEP_INTERVAL}: a value is checked when it is
     * read, and one never read again would otherwise stay in memory until the weight bound evicted it.
     */
    private void sweep(long now) {
        long due = nextSweep;
        if (now - due < 0) {
            return;
        }
        nextSweep = now + SWEEP_INTERVAL.toNanos();
        cache.asMap().values().removeIf(h -> !h.freshAt(now));
    }

    /** A value fresh in memory for {@code ttl} from now (for decades at most, where the ticker's time wraps). */
    private Held held(Object value, Duration ttl, boolean stale) {
        long nanos = ttl.compareTo(LONGEST_TTL) < 0 ? ttl.toNanos() : LONGEST_TTL.toNanos();
        return new Held(value, ticker.read() + nanos, stale, new AtomicBoolean());
    }

    /** The value in memory under the key while fresh, else null. */
    private Held freshInMemory(CacheKey key) {
        Held held = cache == null ? null : cache.getIfPresent(key);
        return held != null && held.freshAt(ticker.read()) ? held : null;
    }

    /**
     * Whether the value is answered from the lasting level without being held in memory as well: a picture, while
     * that level keeps what it is given. Decoded pictures were most of what memory held (some 35 KB each against a
     * few KB for an article's text), and a picture is drawn behind its article's frame, where reading and decoding
     * the kept PNG costs no frame time; a level that gave up keeps nothing, so memory holds them again.
     */
    private boolean keptBelowOnly(CacheKey key) {
        return key.kind() == CacheKey.Kind.IMAGE && lasting != SecondLevel.NONE && lasting.trouble().isEmpty();
    }

    /** Holds the value in memory, unless it is kept in the lasting level only ({@link #keptBelowOnly}). */
    private void hold(CacheKey key, Held held) {
        if (cache != null && !keptBelowOnly(key)) {
            cache.put(key, held);
        }
    }

    private Held fill(CacheKey key, Loader<?> loader) throws IOException {
        Duration ttl = policy.ttl(key.kind());
        Optional<SecondLevel.Kept> kept = lasting.load(key);
        if (kept.isPresent()) {
            if (reach.offlineNow()) {
                return offline(key, kept.get(), ttl);
            }
            Duration age = Duration.between(kept.get().fetchedAt(), clock.instant());
            if (age.compareTo(ttl) < 0 && !age.isNegative()) {
                return held(kept.get().value(), ttl.minus(age), false);
            }
            if (behind != null) {
                StaleListener told = listener;
                if (told != null) {
                    told.stale(key, kept.get().fetchedAt());
                }
                return held(kept.get().value(), ttl, true);
            }
        }
        if (kept.isEmpty() && reach.offlineNow()) {
            Optional<SecondLevel.Kept> guests = lasting.loadGuestCopy(key);
            if (guests.isPresent()) {
                return offline(key, guests.get(), ttl);
            }
        }
        Optional<IOException> down = reach.recentFailure();
        if (down.isPresent()) {
            throw down.get();
        }
        Object value;
        try {
            value = loader.load();
        } catch (IOException e) {
            return fallBack(key, kept, ttl, e);
        }
        lasting.save(key, value, clock.instant());
        return held(value, ttl, false);
    }

    /** The kept copy when the site could not be reached or is not to be asked; else the failure as it came. */
    private Held fallBack(CacheKey key, Optional<SecondLevel.Kept> kept, Duration ttl, IOException e)
            throws IOException {
        if (!reach.noteFailure(e)) {
            throw e;
        }
        Optional<SecondLevel.Kept> shown = kept.or(() -> lasting.loadGuestCopy(key));
        if (shown.isPresent()) {
            return offline(key, shown.get(), ttl);
        }
        if (reach.forced()) {
            throw new NotStored(key, e, lasting.trouble());
        }
        throw e;
    }

    private Held offline(CacheKey key, SecondLevel.Kept kept, Duration ttl) {
        OfflineListener told = offlineListener;
        if (told != null) {
            told.shownOffline(key, kept.fetchedAt());
        }
        return held(kept.value(), reach.holdOffline(ttl), false);
    }

    private void startRefresh(CacheKey key, Loader<?> loader, Held stale) {
        behind.execute(() -> {
            StaleListener told = listener;
            try {
                refresh(key, loader);
                if (told != null) {
                    told.refreshed(key);
                }
            } catch (IOException e) {
                reach.noteFailure(e);
                if (cache != null) {
                    cache.asMap().remove(key, stale);
                }
                if (told != null) {
                    told.refreshFailed(key, e);
                }
            }
        });
    }

    /**
     * Loads the value afresh, bypassing and then replacing what is kept in both levels; when the site cannot be
     * reached or is not to be asked, the kept copy is answered as {@link #get} answers it.
     */
    @SuppressWarnings("unchecked")
    public <T> T refresh(CacheKey key, Loader<T> loader) throws IOException {
        T value;
        try {
            value = loader.load();
        } catch (IOException e) {
            Held held = fallBack(key, lasting.load(key), policy.ttl(key.kind()), e);
            hold(key, held);
            return (T) held.value();
        }
        Instant now = clock.instant();
        hold(key, held(value, policy.ttl(key.kind()), false));
        lasting.save(key, value, now);
        return value;
    }

    /**
     * Drops every value whose key matches, from memory and the lasting level, e.g. all pages of an article; working
     * offline ({@code --offline}), nothing.
     */
    public void forget(Predicate<CacheKey> which) {
        if (reach.forced()) {
            return; // working offline nothing is sent, so nothing kept went out of date
        }
        if (cache != null) {
            cache.asMap().keySet().removeIf(which);
        }
        lasting.forget(which);
    }

    /**
     * After the session changed (a sign-in or sign-out): memory is emptied, and the lasting level keeps and shows the
     * pages of {@code viewer} from now on, every viewer's pages staying where they are (a guest's differ from a
     * member's). Working offline, nothing: the session cannot change on the site.
     */
    public void sessionChanged(String viewer) {
        if (reach.forced()) {
            return;
        }
        if (cache != null) {
            cache.invalidateAll();
        }
        lasting.viewAs(viewer);
    }

    /** Whose pages the lasting level keeps now (a guest's or a member's); empty without a lasting level. */
    public Optional<String> lastingViewer() {
        return lasting.viewer();
    }

    /** From now on the lasting level may write a page behind the answer that gives it ({@link SecondLevel#writeBehind}). */
    public void writeBehind() {
        lasting.writeBehind();
    }

    /**
     * While {@code hold}, the pages kept are not written yet, but handed to the lasting level's writer once released
     * ({@code false}) or when the level is asked for them ({@link SecondLevel#holdWrites}).
     */
    public void holdWrites(boolean hold) {
        lasting.holdWrites(hold);
    }

    /** Returns once the lasting level has written every page kept so far (it may write behind the answers). */
    public void written() {
        lasting.written();
    }

    /** The value in memory under {@code key}, without loading it. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> peek(CacheKey key) {
        return Optional.ofNullable(freshInMemory(key)).map(h -> (T) h.value());
    }

    /** Whether memory holds a fresh value under {@code key}. */
    public boolean contains(CacheKey key) {
        return freshInMemory(key) != null;
    }
}
