package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.SecondLevel;
import dev.fenghuang.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteStoreTest {
    private static final long CAP = 200L * 1024 * 1024;
    private static final Instant FETCHED = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();
    private final Clock clock = Clock.fixed(FETCHED, ZoneOffset.UTC);

    private Path file() {
        return dir.resolve("sites").resolve("demo").resolve("store.sqlite");
    }

    private SiteStore open(String viewer) {
        return SiteStore.open(file(), CAP, viewer, clock, notices::add);
    }

    /**
     * Beside a save in progress (the store busy on its writing thread), a page never kept, the one a new article asks
     * for, is answered from a second connection without waiting for it; a kept page is read as ever.
     */
    @Test
    void aPageNeverKeptIsAnsweredBesideASaveInProgress() throws Exception {
        try (SiteStore store = open("default")) {
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED); // opens the second connection
            java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread saving = new Thread(() -> {
                synchronized (store) { // as a save holds it for its transaction
                    busy.countDown();
                    try {
                        done.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            saving.start();
            busy.await();
            try {
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                        () -> assertThat(store.loadBeside(CacheKey.article(2, 1))).isEmpty(), "waited for the save");
            } finally {
                done.countDown();
                saving.join();
            }
            assertThat(store.loadBeside(CacheKey.article(1, 1))).map(SecondLevel.Kept::value)
                    .contains(StoredRecords.article(1));
            store.save(CacheKey.article(2, 1), StoredRecords.article(2), FETCHED);
            assertThat(store.loadBeside(CacheKey.article(2, 1))).map(SecondLevel.Kept::value)
                    .contains(StoredRecords.article(2));
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void everyKeptKindComesBackEqualInAnotherConnection() {
        try (SiteStore writer = open("default")) {
            StoredRecords.everyKind().forEach((key, value) -> writer.save(key, value, FETCHED));
        }
        try (SiteStore reader = open("default")) {
            StoredRecords.everyKind().forEach((key, value) -> {
                SecondLevel.Kept kept = reader.load(key).orElseThrow(() -> new AssertionError("lost " + key));
                assertThat(kept.value()).as(key.toString()).isEqualTo(value);
                assertThat(kept.fetchedAt()).isEqualTo(FETCHED);
            });
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void imagesAndValuesOfAnotherTypeThanTheirKindAreNotKept() {
        try (SiteStore store = open("default")) {
            store.save(CacheKey.image("http://127.0.0.1/a.png"), StoredRecords.article(1), FETCHED);
            store.save(CacheKey.article(2, 1), StoredRecords.comments(2), FETCHED);
            assertThat(store.load(CacheKey.image("http://127.0.0.1/a.png"))).isEmpty();
            assertThat(store.load(CacheKey.article(2, 1))).isEmpty();
        }
    }

    @Test
    void theFileAndItsLogAreForTheOwnerOnly() throws IOException {
        try (SiteStore store = open("default")) {
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path f = Path.of(file() + suffix);
                assertThat(f).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(suffix)
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aLooserFileIsClosedToTheOwner() throws IOException {
        open("default").close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
        open("default").close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void aFileOfRandomBytesIsSetAsideSaidInOneLineAndReplacedNextTime() throws IOException {
        Files.createDirectories(file().getParent());
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(file(), junk);
        try (SiteStore store = open("default")) {
            assertThat(store.usable()).isFalse();
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
            assertThat(store.load(CacheKey.article(1, 1))).isEmpty();
        }
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("damaged").contains("store.sqlite.corrupt-20261206-100000")
                .doesNotContain("\n");
        Path aside = file().resolveSibling("store.sqlite.corrupt-20261206-100000");
        assertThat(Files.readAllBytes(aside)).isEqualTo(junk);
        try (SiteStore fresh = open("default")) {
            assertThat(fresh.usable()).isTrue();
        }
    }

    @Test
    void aFileWithoutAVersionIsMigratedToTheLatest() throws Exception {
        Files.createDirectories(file().getParent());
        try (Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text TEXT)"); // a file a user made with sqlite3
        }
        try (SiteStore store = open("default")) {
            assertThat(store.usable()).isTrue();
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
            assertThat(store.load(CacheKey.article(1, 1))).isPresent();
        }
        assertThat(version()).isEqualTo(StoreSchema.MIGRATIONS.size());
    }

    @Test
    void anOlderFileKeepsItsPagesThroughALaterMigration() throws Exception {
        try (SiteStore v1 = open("default")) {
            v1.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
        }
        List<List<String>> later = new ArrayList<>(StoreSchema.MIGRATIONS);
        later.add(List.of("ALTER TABLE pages ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
                "CREATE INDEX pages_by_origin ON pages (origin)"));
        try (SiteStore v2 = SiteStore.open(file(), CAP, "default", clock, notices::add, new StoreSchema(later))) {
            assertThat(v2.load(CacheKey.article(1, 1)).map(SecondLevel.Kept::value))
                    .contains(StoredRecords.article(1));
        }
        assertThat(version()).isEqualTo(later.size());
        assertThat(columns()).contains("origin");
    }

    @Test
    void aFileOfANewerVersionIsLeftAsItIs() throws Exception {
        open("default").close();
        try (Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
        }
        byte[] before = Files.readAllBytes(file());
        try (SiteStore store = open("default")) {
            assertThat(store.usable()).isFalse();
        }
        assertThat(notices).singleElement().asString().contains("newer").contains("schema 99");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void pagesOfAnotherRecordShapeAreDroppedNotMisread() throws Exception {
        try (SiteStore store = open("default")) {
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
        }
        try (Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = 'an older shape' WHERE key = 'shape'");
        }
        try (SiteStore store = open("default")) {
            assertThat(store.load(CacheKey.article(1, 1))).isEmpty();
        }
    }

    @Test
    void forgetDropsExactlyTheMatchingPagesWhoeverReadThem() {
        try (SiteStore member = open("default"); SiteStore other = open("other")) {
            for (CacheKey key : List.of(CacheKey.article(1, 1), CacheKey.article(1, 2), CacheKey.article(2, 1))) {
                member.save(key, StoredRecords.article(key.id()), FETCHED);
                other.save(key, StoredRecords.article(key.id()), FETCHED);
            }
            member.save(CacheKey.comments(1, 1), StoredRecords.comments(1), FETCHED);
            member.forget(k -> (k.kind() == CacheKey.Kind.ARTICLE || k.kind() == CacheKey.Kind.COMMENTS)
                    && k.id() == 1);
            assertThat(member.load(CacheKey.article(1, 1))).isEmpty();
            assertThat(member.load(CacheKey.article(1, 2))).isEmpty();
            assertThat(member.load(CacheKey.comments(1, 1))).isEmpty();
            assertThat(other.load(CacheKey.article(1, 1))).as("the site changed for every reader").isEmpty();
            assertThat(member.load(CacheKey.article(2, 1))).isPresent();
            assertThat(other.load(CacheKey.article(2, 1))).isPresent();
        }
    }

    @Test
    void aSessionChangeKeepsEveryViewersPagesApartAndDropsNone() {
        try (SiteStore store = SiteStore.open(dir.resolve("store.sqlite"), 200L * 1024 * 1024, "default",
                SiteStore.GUEST, clock, notices::add)) {
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
            store.viewAs(SiteStore.member("alice"));
            assertThat(store.load(CacheKey.article(1, 1))).as("a guest's page is not a member's").isEmpty();
            assertThat(store.loadGuestCopy(CacheKey.article(1, 1))).as("but may stand in offline").isPresent();
            store.save(CacheKey.article(2, 1), StoredRecords.article(2), FETCHED);
            store.viewAs(SiteStore.GUEST);
            assertThat(store.load(CacheKey.article(1, 1))).as("signing in and out kept it").isPresent();
            assertThat(store.load(CacheKey.article(2, 1))).as("a member's page is never a guest's").isEmpty();
            assertThat(store.loadGuestCopy(CacheKey.article(2, 1))).isEmpty();
            store.viewAs(SiteStore.member("alice"));
            assertThat(store.load(CacheKey.article(2, 1))).as("signing in again finds it").isPresent();
            store.viewAs(SiteStore.member("bob"));
            assertThat(store.load(CacheKey.article(2, 1))).as("another member's page").isEmpty();
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void aPageReadAgainWithinTheHourOfItsStampWritesNothing() throws Exception {
        java.util.concurrent.atomic.AtomicLong millis = new java.util.concurrent.atomic.AtomicLong(
                FETCHED.toEpochMilli());
        try (SiteStore store = SiteStore.open(file(), CAP, "default", new MillisClock(millis::get), notices::add)) {
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
            List<Object> written = changes();
            millis.addAndGet(59 * 60 * 1000);
            assertThat(store.load(CacheKey.article(1, 1))).isPresent();
            assertThat(readAt()).as("read 59 minutes after its stamp").isEqualTo(FETCHED.toEpochMilli());
            assertThat(changes()).as("nothing written").isEqualTo(written);
            millis.addAndGet(60 * 1000);
            assertThat(store.load(CacheKey.article(1, 1))).isPresent();
            assertThat(readAt()).as("read an hour after it").isEqualTo(millis.get());
            millis.addAndGet(-2 * 60 * 60 * 1000); // a clock set back: the stamp follows it
            assertThat(store.load(CacheKey.article(1, 1))).isPresent();
            assertThat(readAt()).isEqualTo(millis.get());
        }
        assertThat(notices).isEmpty();
    }

    /** The page's read time in the file, read by a connection of its own. */
    private long readAt() throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT read_at FROM pages")) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }

    /** The sizes and times of the file and its write-ahead log: a write changes one of them. */
    private List<Object> changes() throws IOException {
        List<Object> seen = new ArrayList<>();
        for (Path p : List.of(file(), Path.of(file() + "-wal"))) {
            seen.add(Files.exists(p) ? Files.size(p) : -1L);
            seen.add(Files.exists(p) ? Files.getLastModifiedTime(p) : null);
        }
        return seen;
    }

    /** A clock at the milliseconds {@code millis} gives at each look. */
    private static final class MillisClock extends Clock {
        private final java.util.function.LongSupplier millis;

        MillisClock(java.util.function.LongSupplier millis) {
            this.millis = millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.getAsLong());
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void evictionKeepsTheFileUnderItsCapAndKeepsWhatWasReadLast() throws Exception {
        long cap = 1024 * 1024;
        String paragraph = "渠县".repeat(4000); // some 24 KB of UTF-8 an article
        java.util.concurrent.atomic.AtomicLong millis = new java.util.concurrent.atomic.AtomicLong(
                FETCHED.toEpochMilli());
        // a read-time step on at each look: each read gets its stamp
        Clock ticking = new MillisClock(() -> millis.addAndGet(Eviction.READ_TIME_STEP_MILLIS));
        try (SiteStore store = SiteStore.open(file(), cap, "default", ticking, notices::add)) {
            for (long aid = 1; aid <= 200; aid++) {
                Article a = StoredRecords.article(aid).toBuilder().paragraphs(List.of(paragraph + aid)).build();
                store.save(CacheKey.article(aid, 1), a, ticking.instant());
                assertThat(store.load(CacheKey.article(1, 1))).as("the page read after each write").isPresent();
                assertThat(Files.size(file())).as("after article " + aid).isLessThanOrEqualTo(cap);
                assertThat(Files.size(Path.of(file() + "-wal"))).as("its log").isLessThanOrEqualTo(cap / 4);
            }
            assertThat(store.load(CacheKey.article(200, 1))).isPresent();
            assertThat(store.load(CacheKey.article(2, 1))).isEmpty();
        }
        assertThat(notices).isEmpty();
    }

    @Test
    void twoConnectionsWritingAtOnceLoseNothingAndLeaveAWholeFile() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (SiteStore a = open("default"); SiteStore b = open("default")) {
            List<Future<?>> done = new ArrayList<>();
            for (SiteStore store : List.of(a, b)) {
                long first = store == a ? 1 : 1001;
                done.add(two.submit(() -> {
                    for (long aid = first; aid < first + 150; aid++) {
                        store.save(CacheKey.article(aid, 1), StoredRecords.article(aid), FETCHED);
                        store.load(CacheKey.article(aid == 1 || aid == 1001 ? aid : aid - 1, 1)).orElseThrow();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            assertThat(a.usable()).isTrue();
            assertThat(b.usable()).isTrue();
        } finally {
            two.shutdownNow();
        }
        assertThat(notices).isEmpty();
        assertThat(query("PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(query("SELECT count(*) FROM pages")).isEqualTo("300");
    }

    @Test
    void noKeptRecordHasAFieldForASecret() {
        String shape = RecordShape.describe().toLowerCase(java.util.Locale.ROOT);
        assertThat(shape).contains("dev.fenghuang.model.article ").contains("dev.fenghuang.model.forum.floor ");
        for (String secret : List.of("formhash", "hash:", "cookie", "password", "secret", "token", "seccode",
                "sid:", "auth:")) {
            assertThat(shape).as(secret).doesNotContain(secret);
        }
    }

    private int version() throws SQLException {
        return Integer.parseInt(query("SELECT max(version) FROM schema_version"));
    }

    private List<String> columns() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA table_info(pages)")) {
            while (r.next()) {
                names.add(r.getString("name"));
            }
        }
        return names;
    }

    private String query(String sql) throws SQLException {
        try (Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static Stream<Map.Entry<CacheKey, Object>> kinds() {
        return StoredRecords.everyKind().entrySet().stream();
    }
}
