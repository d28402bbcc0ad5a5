package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store file that does not exist yet, opened by two connections at once: the reader's store and the sync's ledger
 * of one {@code sync} run, or two commands started together. SQLite answers a change of journal mode that meets
 * another connection's lock with "database is locked" at once, without waiting; neither may give up on it.
 */
class NewFileOpeningTest {
    /** Tries enough to meet the unlucky interleaving (about 1 in 200 before the fix) nearly every time. */
    private static final int TRIES = 600;

    @TempDir
    Path dir;

    @Test
    void twoConnectionsOpeningAndMigratingANewFileAtOnceBothGetTheWriteAheadLog() throws Exception {
        List<String> failures = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(2);
        for (int i = 0; i < TRIES; i++) {
            Path file = Files.createDirectory(dir.resolve("try" + i)).resolve("store.sqlite");
            CompletableFuture<String> other = CompletableFuture.supplyAsync(() -> openOnce(file, together));
            String mine = openOnce(file, together);
            for (String said : new String[] {mine, other.join()}) {
                if (!"wal".equals(said)) {
                    failures.add(i + ": " + said);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theStoreAndTheSyncLedgerOpeningANewFileAtOnceBothKeepIt() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < TRIES / 3; i++) {
            Path file = Files.createDirectory(dir.resolve("both" + i)).resolve("store.sqlite");
            List<String> notices = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Boolean> store = CompletableFuture.supplyAsync(() -> {
                try (SiteStore s = SiteStore.open(file, 200L << 20, SiteStore.GUEST, Clock.systemUTC(),
                        notices::add)) {
                    return s.usable();
                }
            });
            try (SyncLedger ledger = SyncLedger.open(file)) {
                assertThat(ledger.entries("plan")).isEmpty();
            } catch (java.io.IOException e) {
                failures.add(i + ": ledger " + e.getMessage());
            }
            if (!store.join()) {
                failures.add(i + ": store " + notices);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String openOnce(Path file, CyclicBarrier together) {
        try {
            together.await();
            try (Connection c = StoreConnection.open(file, SiteStore.BUSY_TIMEOUT_MILLIS);
                 Statement s = c.createStatement()) {
                new StoreSchema().migrate(c);
                try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                    return r.next() ? r.getString(1) : "no answer";
                }
            }
        } catch (Exception e) {
            return e.toString();
        }
    }
}
