package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings every connection to a store file gets, new file or not. */
class StoreConnectionTest {
    @TempDir
    Path dir;

    @Test
    void aConnectionKeepsAtMostTheStoresPageCacheInMemory() throws Exception {
        Path file = dir.resolve("store.sqlite");
        try (Connection made = StoreConnection.open(file, 1000); Statement s = made.createStatement()) {
            s.execute("CREATE TABLE t (x TEXT)");
        }
        for (int i = 0; i < 2; i++) { // a new file, then an existing one
            try (Connection c = StoreConnection.open(file, 1000); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA cache_size")) {
                assertThat(r.next()).isTrue();
                // negative: KiB; SQLite's own default is -2000, about 2 MB of pages held for the whole session
                assertThat(r.getLong(1)).isBetween(-256L, -1L);
            }
        }
    }
}
