package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeping a page read from the site in the lasting level happens behind the answer: the cache answers while the
 * level still writes, and whatever asks the level next finds it as if the save had been written at once.
 */
class WriteBehindTest {
    private static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");

    /** A level over a map whose saves wait until {@link #open} opens, noting the thread they ran on. */
    private static final class HeldLevel implements SecondLevel {
        final Map<CacheKey, Kept> kept = new ConcurrentHashMap<>();
        final CountDownLatch open = new CountDownLatch(1);
        volatile String savedOn;
        volatile String viewer = "guest";
        final Map<CacheKey, String> savedAs = new ConcurrentHashMap<>();

        @Override
        public Optional<Kept> load(CacheKey key) {
            return Optional.ofNullable(kept.get(key));
        }

        @Override
        public void save(CacheKey key, Object value, Instant fetchedAt) {
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            savedOn = Thread.currentThread().getName();
            savedAs.put(key, viewer);
            kept.put(key, new Kept(value, fetchedAt));
        }

        @Override
        public void forget(Predicate<CacheKey> which) {
            kept.keySet().removeIf(which);
        }

        @Override
        public void viewAs(String viewer) {
            this.viewer = viewer;
        }
    }

    @Test
    void aPageReadFromTheSiteIsAnsweredWhileTheLevelStillWritesIt() throws Exception {
        HeldLevel level = new HeldLevel();
        try (WriteBehind behind = new WriteBehind(level)) {
            behind.writeBehind();
            PageCache cache = new PageCache(CachePolicy.defaults(), Ticker.systemTicker(), behind, Clock.systemUTC());

            String page = cache.get(CacheKey.article(5, 1), () -> "article 5");

            assertThat(page).isEqualTo("article 5");
            assertThat(level.kept).as("not written yet: the save waits").isEmpty();
            level.open.countDown();
            behind.written();
            assertThat(level.kept).containsKey(CacheKey.article(5, 1));
            assertThat(level.savedOn).isEqualTo("store-write").isNotEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void aLoadAForgetAndAChangeOfViewerWaitForTheSavesBefore() {
        HeldLevel level = new HeldLevel();
        level.open.countDown();
        try (WriteBehind behind = new WriteBehind(level)) {
            behind.writeBehind();
            behind.save(CacheKey.article(5, 1), "article 5", NOW);
            assertThat(behind.load(CacheKey.article(5, 1))).map(SecondLevel.Kept::value).contains("article 5");

            behind.save(CacheKey.article(6, 1), "article 6", NOW);
            behind.forget(k -> k.id() == 6);
            assertThat(level.kept).doesNotContainKey(CacheKey.article(6, 1));

            behind.save(CacheKey.article(7, 1), "article 7 as the guest saw it", NOW);
            behind.viewAs("member");
            assertThat(level.savedAs).containsEntry(CacheKey.article(7, 1), "guest");
        }
    }

    @Test
    void untilAskedASaveIsWrittenBeforeItReturns() {
        HeldLevel level = new HeldLevel();
        level.open.countDown();
        try (WriteBehind behind = new WriteBehind(level)) {
            behind.save(CacheKey.article(5, 1), "article 5", NOW);
            assertThat(level.savedOn).isEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void closingWritesWhatWaits() {
        HeldLevel level = new HeldLevel();
        WriteBehind behind = new WriteBehind(level);
        behind.writeBehind();
        for (int aid = 1; aid <= 10; aid++) {
            behind.save(CacheKey.article(aid, 1), "article " + aid, NOW);
        }
        level.open.countDown();

        behind.close();

        assertThat(level.kept).hasSize(10);
        behind.save(CacheKey.article(11, 1), "after closing", NOW);
        assertThat(level.kept).as("written at once").containsKey(CacheKey.article(11, 1));
    }

    @Test
    void aWriteHandedOverRunsOnTheLevelsThreadAfterTheSavesBeforeIt() {
        HeldLevel level = new HeldLevel();
        List<String> order = new CopyOnWriteArrayList<>();
        try (WriteBehind behind = new WriteBehind(level)) {
            behind.writeBehind();
            behind.save(CacheKey.article(5, 1), "article 5", NOW);
            behind.behind(() -> order.add("mark after " + level.kept.keySet() + " on "
                    + Thread.currentThread().getName()));

            assertThat(order).as("waits behind the save").isEmpty();
            level.open.countDown();
            behind.written();
            assertThat(order).containsExactly("mark after [" + CacheKey.article(5, 1) + "] on store-write");
        }
    }

    @Test
    void untilAskedAWriteRunsBeforeItReturns() {
        List<String> ran = new ArrayList<>();
        try (WriteBehind behind = new WriteBehind(new HeldLevel())) {
            behind.behind(() -> ran.add(Thread.currentThread().getName()));
            assertThat(ran).containsExactly(Thread.currentThread().getName());
        }
    }

    /**
     * A page no save waits to write (the one a new article asks for) is looked up beside the save in progress, without
     * waiting for it; a page whose save waits is found written.
     */
    @Test
    void aPageNoSaveWaitsForIsLookedUpBesideTheSaveInProgress() throws Exception {
        HeldLevel level = new HeldLevel();
        try (WriteBehind behind = new WriteBehind(level)) {
            behind.writeBehind();
            behind.save(CacheKey.article(1, 1), "article 1", NOW);

            assertThat(behind.load(CacheKey.article(2, 1))).isEmpty();
            assertThat(level.kept).as("the save still waits: the lookup did not wait for it").isEmpty();
            level.open.countDown();
            assertThat(behind.load(CacheKey.article(1, 1))).map(SecondLevel.Kept::value).contains("article 1");
        }
    }

    /** A level that keeps in memory what it is given, in the order it is written. */
    private static final class OrderLevel implements SecondLevel {
        final List<String> written = new CopyOnWriteArrayList<>();
        final Map<CacheKey, Kept> kept = new ConcurrentHashMap<>();

        @Override
        public Optional<Kept> load(CacheKey key) {
            return Optional.ofNullable(kept.get(key));
        }

        @Override
        public void save(CacheKey key, Object value, Instant fetchedAt) {
            written.add(value.toString());
            kept.put(key, new Kept(value, fetchedAt));
        }

        @Override
        public void forget(Predicate<CacheKey> which) {
            kept.keySet().removeIf(which);
        }
    }

    /** A writing thread that counts the writes it was given. */
    private static final class CountingWriter extends java.util.concurrent.AbstractExecutorService {
        final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        final java.util.concurrent.atomic.AtomicInteger given = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void execute(Runnable command) {
            given.incrementAndGet();
            thread.execute(command);
        }

        @Override
        public void shutdown() {
            thread.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return thread.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return thread.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return thread.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return thread.awaitTermination(timeout, unit);
        }
    }

    /**
     * Held (while the reader fetches and draws a page), saves and other writes stay off the writing thread until
     * released, then are written in the order given; the level is never found without them.
     */
    @Test
    void heldWritesWaitForTheReleaseAndAreWrittenInOrder() throws Exception {
        OrderLevel level = new OrderLevel();
        CountingWriter writer = new CountingWriter();
        try (WriteBehind behind = new WriteBehind(level, writer)) {
            behind.writeBehind();
            behind.save(CacheKey.article(1, 1), "before", NOW);
            behind.written();
            int given = writer.given.get();
            behind.holdWrites(true);
            behind.save(CacheKey.article(2, 1), "article 2", NOW);
            behind.behind(() -> level.written.add("mark 2"));
            behind.save(CacheKey.article(3, 1), "article 3", NOW);

            assertThat(writer.given).as("nothing given to the writing thread while held").hasValue(given);
            assertThat(behind.held()).isEqualTo(3);
            assertThat(level.written).containsExactly("before");
            behind.holdWrites(false);
            assertThat(behind.held()).isZero();
            assertThat(writer.given).hasValue(given + 3);
            behind.save(CacheKey.article(4, 1), "article 4", NOW);
            behind.written();
            assertThat(level.written).containsExactly("before", "article 2", "mark 2", "article 3", "article 4");
        }
    }

    /** What asks the level while writes are held finds them written: a load, a forget, a wait, closing. */
    @Test
    void anythingAskedOfTheLevelWritesWhatIsHeldFirst() throws Exception {
        OrderLevel level = new OrderLevel();
        WriteBehind behind = new WriteBehind(level, new CountingWriter());
        behind.writeBehind();
        behind.holdWrites(true);
        behind.save(CacheKey.article(5, 1), "article 5", NOW);
        assertThat(behind.load(CacheKey.article(5, 1))).map(SecondLevel.Kept::value).contains("article 5");

        behind.save(CacheKey.article(6, 1), "article 6", NOW);
        behind.forget(k -> k.id() == 5);
        assertThat(level.kept).containsOnlyKeys(CacheKey.article(6, 1));

        behind.save(CacheKey.article(7, 1), "article 7", NOW);
        assertThat(behind.held()).isEqualTo(1);
        behind.close();
        assertThat(level.written).containsExactly("article 5", "article 6", "article 7");
    }

    /** Until asked to write behind, a hold changes nothing: the commands write at once. */
    @Test
    void untilAskedAHoldWritesAtOnce() {
        OrderLevel level = new OrderLevel();
        try (WriteBehind behind = new WriteBehind(level, new CountingWriter())) {
            behind.holdWrites(true);
            behind.save(CacheKey.article(8, 1), "article 8", NOW);
            assertThat(level.written).containsExactly("article 8");
            assertThat(behind.held()).isZero();
        }
    }

    /**
     * A process ended by SIGTERM (as when its terminal is closed under it) writes what waits before it exits: the
     * writing thread is a daemon, which the exit would otherwise stop with the saves and the read marks unwritten.
     */
    @Test
    void aProcessEndedBySignalWritesWhatWaitsBeforeItExits(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("written.txt");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                WriteBehindExitProcess.class.getName(), file.toString(), "5").redirectErrorStream(true).start();
        try (java.io.BufferedReader said = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("handed over");
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.exists(file) ? Files.readAllLines(file) : List.of())
                .as("written before the exit").containsExactly("article 1", "article 2", "article 3",
                "article 4", "article 5", "mark");
    }
}
