package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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
    void expiresEachKindAfterItsOwnTimeToLive() throws Exception {
        PageCache shortLists = new PageCache(new CachePolicy(1 << 20, Duration.ofHours(1), Duration.ofMillis(50),
                Duration.ofHours(1), Duration.ofHours(1)));
        shortLists.get(CacheKey.list(1, 1), () -> "list");
        shortLists.get(CacheKey.article(1, 1), () -> "article");
        Thread.sleep(120);
        assertThat(shortLists.contains(CacheKey.list(1, 1))).isFalse();
        assertThat(shortLists.contains(CacheKey.article(1, 1))).isTrue();
    }
}
