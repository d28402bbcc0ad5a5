package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Picture;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The page cache over a lasting second level, on a clock the test moves (nothing sleeps). */
class TwoLevelCacheTest {
    private static final CacheKey LIST = CacheKey.list(2, 1);
    private static final Duration LISTS = Duration.ofMinutes(2);

    private final ManualClock clock = new ManualClock("2026-12-06T10:00:00Z");
    private final LastingInMemory lasting = new LastingInMemory();
    private final AtomicInteger loads = new AtomicInteger();
    private final List<String> heard = new ArrayList<>();

    /** A page cache over the lasting level, as a new process finds it. */
    private PageCache newProcess() {
        return new PageCache(new CachePolicy(1 << 20, Duration.ofHours(24), LISTS, Duration.ofMinutes(15), LISTS),
                clock, lasting, clock);
    }

    private String fromSite() {
        return "list " + loads.incrementAndGet();
    }

    private void advance(Duration d) {
        clock.advance(d);
    }

    @Test
    void aFreshPageKeptByAnEarlierProcessCostsNoRequest() throws IOException {
        newProcess().get(LIST, this::fromSite);
        advance(Duration.ofMinutes(1));
        assertThat(newProcess().<String>get(LIST, this::fromSite)).isEqualTo("list 1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aPageFromTheSecondLevelLeavesMemoryWhenItsTimeToLiveSinceFetchingRunsOut() throws IOException {
        newProcess().get(LIST, this::fromSite);
        advance(Duration.ofMinutes(1));
        PageCache second = newProcess();
        second.get(LIST, this::fromSite);
        advance(Duration.ofSeconds(61));
        assertThat(second.contains(LIST)).isFalse();
    }

    @Test
    void aStalePageIsFetchedAgainBeforeItIsAnsweredUnlessAskedOtherwise() throws IOException {
        newProcess().get(LIST, this::fromSite);
        advance(LISTS.plusSeconds(1));
        assertThat(newProcess().<String>get(LIST, this::fromSite)).isEqualTo("list 2");
        assertThat(lasting.kept.get(LIST).value()).isEqualTo("list 2");
        assertThat(lasting.kept.get(LIST).fetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aStalePageIsShownAtOnceAndRefreshedBehindIt() throws IOException {
        newProcess().get(LIST, this::fromSite);
        Instant fetched = clock.instant();
        advance(LISTS.plusSeconds(1));
        PageCache reader = newProcess();
        reader.refreshBehind(Runnable::run, listener());
        assertThat(reader.<String>get(LIST, this::fromSite)).isEqualTo("list 1");
        assertThat(heard).containsExactly("stale " + LIST + " " + fetched, "refreshed " + LIST);
        assertThat(reader.<String>get(LIST, this::fromSite)).isEqualTo("list 2");
        assertThat(loads).hasValue(2);
        assertThat(lasting.kept.get(LIST).value()).isEqualTo("list 2");
    }

    @Test
    void aFailedRefreshBehindKeepsTheStoredCopyAndTriesAgainNextTime() throws IOException {
        newProcess().get(LIST, this::fromSite);
        advance(LISTS.plusSeconds(1));
        PageCache reader = newProcess();
        reader.refreshBehind(Runnable::run, listener());
        assertThat(reader.<String>get(LIST, () -> {
            throw new IOException("connection refused");
        })).isEqualTo("list 1");
        assertThat(heard).last().isEqualTo("failed " + LIST + " connection refused");
        assertThat(reader.<String>get(LIST, this::fromSite)).isEqualTo("list 1");
        assertThat(reader.<String>get(LIST, this::fromSite)).isEqualTo("list 2");
    }

    @Test
    void aReloadReplacesThePageInBothLevels() throws IOException {
        PageCache reader = newProcess();
        reader.get(LIST, this::fromSite);
        advance(Duration.ofSeconds(5));
        assertThat(reader.<String>refresh(LIST, this::fromSite)).isEqualTo("list 2");
        assertThat(lasting.kept.get(LIST)).isEqualTo(new SecondLevel.Kept("list 2", clock.instant()));
    }

    @Test
    void forgettingReachesTheSecondLevelWithTheSameKeys() throws IOException {
        PageCache reader = newProcess();
        reader.get(CacheKey.comments(1, 1), () -> "c1");
        reader.get(CacheKey.comments(2, 1), () -> "c2");
        reader.forget(k -> k.kind() == CacheKey.Kind.COMMENTS && k.id() == 1);
        assertThat(lasting.kept).containsOnlyKeys(CacheKey.comments(2, 1));
        assertThatThrownBy(() -> newProcess().get(CacheKey.comments(1, 1), () -> {
            throw new IOException("asked the site");
        })).hasMessage("asked the site");
    }

    private StaleListener listener() {
        return new StaleListener() {
            @Override
            public void stale(CacheKey key, Instant fetchedAt) {
                heard.add("stale " + key + " " + fetchedAt);
            }

            @Override
            public void refreshed(CacheKey key) {
                heard.add("refreshed " + key);
            }

            @Override
            public void refreshFailed(CacheKey key, IOException error) {
                heard.add("failed " + key + " " + error.getMessage());
            }
        };
    }

    private static final CacheKey PICTURE = CacheKey.image("https://portal.example/data/attachment/portal/a.jpg");

    private Picture pictureFromSite() {
        return new Picture(2, 1, new int[] {loads.incrementAndGet(), 0xFFFFFF});
    }

    /**
     * Over a lasting level, a picture is answered from it and not held in memory as well: decoded pictures were most
     * of what the memory level held (issue 13), and a picture is drawn behind its article's frame anyway.
     */
    @Test
    void aPictureIsKeptInTheLastingLevelOnly() throws IOException {
        PageCache reader = newProcess();
        Picture first = reader.get(PICTURE, this::pictureFromSite);
        assertThat(reader.contains(PICTURE)).isFalse();
        assertThat(reader.weighedBytes()).isZero();
        assertThat(reader.<Picture>get(PICTURE, this::pictureFromSite)).isEqualTo(first);
        assertThat(loads).hasValue(1);
        assertThat(lasting.kept.get(PICTURE).value()).isEqualTo(first);
    }

    @Test
    void aStalePictureRefreshedBehindStaysOutOfMemory() throws IOException {
        newProcess().get(PICTURE, this::pictureFromSite);
        advance(Duration.ofMinutes(16));
        PageCache reader = newProcess();
        reader.refreshBehind(Runnable::run, listener());
        assertThat(reader.<Picture>get(PICTURE, this::pictureFromSite).rgb(0, 0)).isEqualTo(1);
        assertThat(lasting.kept.get(PICTURE).value()).isEqualTo(new Picture(2, 1, new int[] {2, 0xFFFFFF}));
        assertThat(reader.contains(PICTURE)).isFalse();
        assertThat(reader.<Picture>refresh(PICTURE, this::pictureFromSite).rgb(0, 0)).isEqualTo(3);
        assertThat(reader.contains(PICTURE)).isFalse();
    }

    /** A lasting level that gave up keeps nothing: pictures are then held in memory, so a second look costs no request. */
    @Test
    void aPictureIsHeldInMemoryWhenTheLastingLevelGaveUp() throws IOException {
        lasting.trouble = "the store is locked by another program";
        PageCache reader = newProcess();
        reader.get(PICTURE, this::pictureFromSite);
        assertThat(reader.contains(PICTURE)).isTrue();
        reader.get(PICTURE, this::pictureFromSite);
        assertThat(loads).hasValue(1);
    }
}
