package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the store is on the way to the first page of a cold start (the first read waits for it), so it stays
 * clear of costly first-time work: the record shape is checked without Java's security providers, and a store that
 * named the same shape by the digest used before keeps its pages.
 */
class StoreStartTest {
    private static final Instant FETCHED = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("store.sqlite");
    }

    @Test
    void openingTheStoreLoadsNoMessageDigest() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < 3; run++) { // the library put in place, the store made; opened again; made again
            if (run == 2) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(file() + suffix));
                }
            }
            Process p = new ProcessBuilder(new ArrayList<>(List.of(java, "-Xshare:off", "-Xlog:class+load=info",
                    "-cp", System.getProperty("java.class.path"), OpenStoreProcess.class.getName(), file().toString(),
                    dir.resolve("native").toString())))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(out).contains("opened").doesNotContain("not opened");
            if (run > 0) { // writing the library's copy names a temporary file at random, once
                assertThat(out.lines().filter(l -> l.contains("java.security.MessageDigest ")))
                        .as("run %d", run).isEmpty();
            }
        }
    }

    @Test
    void aStoreNamingItsShapeByTheOlderDigestKeepsItsPagesAndTakesTheNewName() throws Exception {
        Clock clock = Clock.fixed(FETCHED, ZoneOffset.UTC);
        try (SiteStore store = SiteStore.open(file(), 1 << 20, SiteStore.GUEST, clock, n -> { })) {
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), FETCHED);
        }
        String described = RecordShape.describe();
        try (Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '" + RecordShape.olderFingerprint(described) + "' WHERE key = 'shape'");
        }
        try (SiteStore store = SiteStore.open(file(), 1 << 20, SiteStore.GUEST, clock, n -> { })) {
            assertThat(store.load(CacheKey.article(1, 1))).isPresent();
        }
        assertThat(shapeKept()).isEqualTo(RecordShape.fingerprint(described))
                .isNotEqualTo(RecordShape.olderFingerprint(described));
    }

    private String shapeKept() throws Exception {
        try (Connection c = StoreConnection.open(file(), 1000);
             PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = 'shape'");
             ResultSet r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }
}
