package dev.fenghuang.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.SecondLevel;
import dev.fenghuang.cache.WriteBehind;
import dev.fenghuang.store.MarkKeeper;
import dev.fenghuang.store.ReadMark;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Marking an article read in the terminal reader does not wait for the store to save the page it shows (the frame
 * waited for that save to end before drawing); the mark is written after it, and found by whoever asks.
 */
class MarksBehindTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);

    /** A store whose page saves wait until {@link #open} opens and whose marks are kept in a map. */
    private static final class HeldStore implements SecondLevel, MarkKeeper {
        final CountDownLatch open = new CountDownLatch(1);
        final Map<Long, ReadMark> marks = new ConcurrentHashMap<>();
        final Map<CacheKey, Object> pages = new ConcurrentHashMap<>();

        @Override
        public Optional<Kept> load(CacheKey key) {
            return Optional.empty();
        }

        @Override
        public void save(CacheKey key, Object value, Instant fetchedAt) {
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pages.put(key, value);
        }

        @Override
        public void forget(Predicate<CacheKey> which) {
            pages.keySet().removeIf(which);
        }

        @Override
        public Optional<ReadMark> mark(String kind, long id) {
            return Optional.ofNullable(marks.get(id));
        }

        @Override
        public void keep(String kind, long id, ReadMark mark) {
            assertThat(pages).as("the page saved before it is written first").isNotEmpty();
            marks.put(id, mark);
        }
    }

    @Test
    void anArticleIsMarkedReadWhileItsPageIsStillBeingSavedAndTheMarkIsFoundAfter() {
        HeldStore store = new HeldStore();
        try (WriteBehind writes = new WriteBehind(store)) {
            writes.writeBehind();
            writes.save(CacheKey.article(5, 1), "article 5", CLOCK.instant());
            MarksBehind behind = new MarksBehind(store, writes);

            ReadMarks.over(behind, CLOCK).opened(5, 3);

            assertThat(store.marks).as("not written yet: the page's save waits").isEmpty();
            store.open.countDown();
            ReadMarks nextRun = ReadMarks.over(behind, CLOCK);
            assertThat(nextRun.state(5, OptionalLong.of(4))).isEqualTo(new ReadState(true, 1));
            assertThat(store.marks).containsKey(5L);
        }
    }

    @Test
    void untilTheStoreWritesBehindAMarkIsWrittenBeforeOpenedReturns() {
        HeldStore store = new HeldStore();
        store.open.countDown();
        try (WriteBehind writes = new WriteBehind(store)) {
            writes.save(CacheKey.article(5, 1), "article 5", CLOCK.instant());
            ReadMarks.over(new MarksBehind(store, writes), CLOCK).opened(5, 3);
            assertThat(store.marks).containsEntry(5L, new ReadMark(CLOCK.instant(), OptionalLong.of(3)));
        }
    }
}
