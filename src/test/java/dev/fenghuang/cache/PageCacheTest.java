package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private final PageCache cache = new PageCache(CachePolicy.defaults());

    @Test
    void loadsOnceAndServesTheSecondReadFromMemory() throws IOException {
        AtomicInteger loads = new AtomicInteger();
        cache.get(CacheKey.article(1, 1), () -> "page " + loads.incrementAndGet());
        String again = cache.get(CacheKey.article(1, 1), () -> "page " + loads.incrementAndGet());
        assertThat(again).isEqualTo("page 1");
        assertThat(loads).hasValue(1);
    }

    /**
     * A policy without memory is a cache without a memory level (a command that reads a page once): a page comes from
     * the lasting level while fresh, else from the loader, and memory holds nothing, nor is any Caffeine cache built.
     */
    @Test
    void aCacheWithoutMemoryHoldsNothingThereAndReadsTheLastingLevel() throws Exception {
        LastingInMemory lasting = new LastingInMemory();
        PageCache once = new PageCache(CachePolicy.defaults().withoutMemory(), System::nanoTime, lasting,
                java.time.Clock.systemUTC());
        assertThat(caffeineOf(once)).isNull();
        AtomicInteger loads = new AtomicInteger();
        assertThat(once.<String>get(CacheKey.article(1, 1), () -> "page " + loads.incrementAndGet()))
                .isEqualTo("page 1");
        assertThat(once.contains(CacheKey.article(1, 1))).isFalse();
        assertThat(once.peek(CacheKey.article(1, 1))).isEmpty();
        assertThat(once.weighedBytes()).isZero();
        assertThat(lasting.kept).containsKey(CacheKey.article(1, 1));
        // asked again: the lasting level answers, the loader is not called
        assertThat(once.<String>get(CacheKey.article(1, 1), () -> "page " + loads.incrementAndGet()))
                .isEqualTo("page 1");
        assertThat(loads).hasValue(1);
        // a write's forgetting and a reload reach the lasting level
        assertThat(once.refresh(CacheKey.article(1, 1), () -> "new")).isEqualTo("new");
        assertThat(lasting.kept.get(CacheKey.article(1, 1)).value()).isEqualTo("new");
        once.forget(k -> k.id() == 1);
        assertThat(lasting.kept).isEmpty();
        once.sessionChanged("member");
        assertThat(once.<String>get(CacheKey.article(1, 1), () -> "page " + loads.incrementAndGet()))
                .isEqualTo("page 2");
    }

    @Test
    void aCacheWithoutMemoryOrALastingLevelLoadsAtEveryAsk() throws IOException {
        PageCache once = new PageCache(CachePolicy.defaults().withoutMemory());
        AtomicInteger loads = new AtomicInteger();
        once.get(CacheKey.list(4, 1), () -> "list " + loads.incrementAndGet());
        assertThat(once.<String>get(CacheKey.list(4, 1), () -> "list " + loads.incrementAndGet()))
                .isEqualTo("list 2");
    }

    @Test
    void aHeapBoundKeepsAPolicyWithoutMemorySo() {
        CachePolicy none = CachePolicy.defaults().withoutMemory();
        assertThat(none.holdsInMemory()).isFalse();
        assertThat(none.within(64L << 20).holdsInMemory()).isFalse();
        assertThat(CachePolicy.defaults().within(3).holdsInMemory()).isTrue();
    }

    /**
     * A weight of 0 ({@code cache.maxMegabytes = 0}) is not a cache without memory: it has its Caffeine level, which
     * holds nothing but joins a page asked for twice at once (the reader's first page, fetched ahead and asked for by
     * its view), as before.
     */
    @Test
    void aCacheOfNoWeightKeepsItsMemoryLevelHoldingNothing() throws Exception {
        PageCache none = new PageCache(new CachePolicy(0, Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1)));
        assertThat(caffeineOf(none)).isNotNull();
        none.get(CacheKey.article(1, 1), () -> "page");
        assertThat(none.contains(CacheKey.article(1, 1))).isFalse();
    }

    private static Object caffeineOf(PageCache cache) throws ReflectiveOperationException {
        Field field = PageCache.class.getDeclaredField("cache");
        field.setAccessible(true);
        return field.get(cache);
    }

    @Test
    void refreshBypassesAndReplacesTheCachedValue() throws IOException {
        cache.get(CacheKey.list(4, 1), () -> "old");
        assertThat(cache.refresh(CacheKey.list(4, 1), () -> "new")).isEqualTo("new");
        assertThat(cache.<String>get(CacheKey.list(4, 1), () -> "unused")).isEqualTo("new");
    }

    @Test
    void forgetDropsOnlyTheMatchingKeys() throws IOException {
        cache.get(CacheKey.article(1, 1), () -> "a1p1");
        cache.get(CacheKey.article(1, 2), () -> "a1p2");
        cache.get(CacheKey.article(2, 1), () -> "a2p1");
        cache.forget(k -> k.kind() == CacheKey.Kind.ARTICLE && k.id() == 1);
        assertThat(cache.contains(CacheKey.article(1, 1))).isFalse();
        assertThat(cache.contains(CacheKey.article(1, 2))).isFalse();
        assertThat(cache.contains(CacheKey.article(2, 1))).isTrue();
    }

    @Test
    void aFailedLoadIsThrownAsItsOwnExceptionAndNotCached() throws IOException {
        assertThatThrownBy(() -> cache.get(CacheKey.article(9, 1), () -> {
            throw new IOException("connection reset");
        })).isInstanceOf(IOException.class).hasMessage("connection reset");
        assertThat(cache.contains(CacheKey.article(9, 1))).isFalse();
        assertThat(cache.<String>get(CacheKey.article(9, 1), () -> "ok")).isEqualTo("ok");
    }

    @Test
    void expiresEachKindAfterItsOwnTimeToLiveOnTheClockItIsGiven() throws Exception {
        AtomicLong nanos = new AtomicLong();
        PageCache shortLists = new PageCache(new CachePolicy(1 << 20, Duration.ofHours(1), Duration.ofMinutes(2),
                Duration.ofHours(1), Duration.ofHours(1)), nanos::get);
        shortLists.get(CacheKey.list(1, 1), () -> "list");
        shortLists.get(CacheKey.article(1, 1), () -> "article");
        nanos.addAndGet(Duration.ofMinutes(2).minusSeconds(1).toNanos());
        assertThat(shortLists.contains(CacheKey.list(1, 1))).isTrue();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(shortLists.contains(CacheKey.list(1, 1))).isFalse();
        assertThat(shortLists.contains(CacheKey.article(1, 1))).isTrue();
    }

    @Test
    void aPageWithNoTimeToLiveIsFetchedOncePerAskNotTwice() throws Exception {
        AtomicLong nanos = new AtomicLong(); // a ticker that does not move while the page loads
        PageCache noLists = new PageCache(new CachePolicy(1 << 20, Duration.ofHours(1), Duration.ZERO,
                Duration.ofHours(1), Duration.ofHours(1)), nanos::get);
        AtomicInteger fetches = new AtomicInteger();
        assertThat(noLists.<String>get(CacheKey.list(1, 1), () -> "list " + fetches.incrementAndGet()))
                .isEqualTo("list 1");
        assertThat(fetches).hasValue(1);
        nanos.addAndGet(1);
        assertThat(noLists.<String>get(CacheKey.list(1, 1), () -> "list " + fetches.incrementAndGet()))
                .isEqualTo("list 2");
    }

    @Test
    void forumPagesLiveAsLongAsTheirPortalCounterparts() throws Exception {
        AtomicLong nanos = new AtomicLong();
        PageCache cache = new PageCache(new CachePolicy(1 << 20, Duration.ofHours(1), Duration.ofMinutes(2),
                Duration.ofHours(1), Duration.ofMinutes(5)), nanos::get);
        cache.get(CacheKey.forumIndex(), () -> "index");
        cache.get(CacheKey.board(2, 1, ""), () -> "board");
        cache.get(CacheKey.thread(1, 1, 0), () -> "thread");
        nanos.addAndGet(Duration.ofMinutes(3).toNanos());
        assertThat(cache.contains(CacheKey.forumIndex())).isFalse();
        assertThat(cache.contains(CacheKey.board(2, 1, ""))).isFalse();
        assertThat(cache.contains(CacheKey.thread(1, 1, 0))).isTrue();
        nanos.addAndGet(Duration.ofMinutes(3).toNanos());
        assertThat(cache.contains(CacheKey.thread(1, 1, 0))).isFalse();
    }

    @Test
    void aPagePastItsTimeToLiveIsLoadedAgainNotServedFromMemory() throws Exception {
        AtomicLong nanos = new AtomicLong();
        PageCache cache = new PageCache(new CachePolicy(1 << 20, Duration.ofHours(1), Duration.ofMinutes(2),
                Duration.ofHours(1), Duration.ofHours(1)), nanos::get);
        cache.get(CacheKey.list(1, 1), () -> "first");
        nanos.addAndGet(Duration.ofMinutes(2).minusNanos(1).toNanos());
        assertThat(cache.<String>get(CacheKey.list(1, 1), () -> "unused")).isEqualTo("first");
        nanos.addAndGet(1);
        assertThat(cache.<String>peek(CacheKey.list(1, 1))).isEmpty();
        assertThat(cache.<String>get(CacheKey.list(1, 1), () -> "second")).isEqualTo("second");
        assertThat(cache.<String>get(CacheKey.list(1, 1), () -> "unused")).isEqualTo("second");
    }

    @Test
    void pagesPastTheirTimeToLiveLeaveMemoryThoughNeverAskedForAgain() throws Exception {
        AtomicLong nanos = new AtomicLong();
        PageCache cache = new PageCache(new CachePolicy(1 << 20, Duration.ofHours(1), Duration.ofMinutes(2),
                Duration.ofHours(1), Duration.ofHours(1)), nanos::get);
        cache.get(CacheKey.list(1, 1), () -> "a list page of some length");
        cache.get(CacheKey.article(1, 1), () -> "article");
        long both = cache.weighedBytes();
        nanos.addAndGet(PageCache.SWEEP_INTERVAL.plus(Duration.ofMinutes(2)).toNanos());
        cache.get(CacheKey.article(2, 1), () -> "article");
        assertThat(cache.weighedBytes()).isEqualTo(both);
    }

    @Test
    void theMemoryLevelKeepsNoTimerPerEntry() throws Exception {
        Field field = PageCache.class.getDeclaredField("cache");
        field.setAccessible(true);
        Cache<?, ?> caffeine = (Cache<?, ?>) field.get(cache);
        // per-entry expiry loads Caffeine's timer wheel and expiring entries, ~35 classes resident in every reader
        assertThat(caffeine.policy().expireVariably()).isEmpty();
        assertThat(caffeine.policy().expireAfterWrite()).isEmpty();
        assertThat(caffeine.policy().expireAfterAccess()).isEmpty();
    }

    @Test
    void aThreadPageOfOneAuthorIsKeptApartFromTheWholeThread() throws IOException {
        cache.get(CacheKey.thread(1, 1, 0), () -> "all floors");
        assertThat(cache.<String>get(CacheKey.thread(1, 1, 7), () -> "author 7")).isEqualTo("author 7");
    }
}
