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
