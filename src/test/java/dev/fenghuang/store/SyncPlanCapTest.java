package dev.fenghuang.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.cache.CacheKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync's plans count toward the store's cap: past it, what is done of them goes first, then pages, then plans. */
class SyncPlanCapTest {
    private static final long CAP = 1024 * 1024;
    private static final String LONG_TITLE = "渠县新闻".repeat(40); // some 480 bytes a row

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("store.sqlite");
    }

    /** {@code count} items of {@code plan}, done or to do, each with a long title: a plan grown big. */
    private void plan(String plan, int count, boolean done) throws Exception {
        try (SyncLedger ledger = SyncLedger.open(file())) {
            List<SyncLedger.Entry> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                items.add(new SyncLedger.Entry("article " + (i + 1) + " 1", LONG_TITLE + i, false));
            }
            ledger.add(plan, null, items);
        }
        if (done) {
            try (Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE sync_items SET done = 1 WHERE plan = '" + plan + "'");
            }
        }
    }

    @Test
    void doneItemsGoBeforeAnyPageAndTheFileStaysUnderItsCap() throws Exception {
        plan("finished part", 4000, true);
        plan("to do", 200, false);
        List<String> notices = new ArrayList<>();
        try (SiteStore store = SiteStore.open(file(), CAP, "default", Clock.systemUTC(), notices::add)) {
            for (long aid = 1; aid <= 5; aid++) {
                store.save(CacheKey.article(aid, 1), StoredRecords.article(aid), Clock.systemUTC().instant());
            }
            assertThat(store.load(CacheKey.article(1, 1))).as("pages stay while done items can go").isPresent();
        }
        assertThat(Files.size(file())).isLessThanOrEqualTo(CAP);
        assertThat(count("SELECT count(*) FROM sync_items WHERE done = 1")).isZero();
        assertThat(count("SELECT count(*) FROM sync_items WHERE plan = 'to do'")).isEqualTo(200);
        assertThat(notices).isEmpty();
    }

    @Test
    void aPlanLargerThanTheCapIsDroppedWholeSoTheNextRunStartsItAgain() throws Exception {
        plan("huge", 6000, false);
        try (SiteStore store = SiteStore.open(file(), CAP, "default", Clock.systemUTC(), n -> { })) {
            store.save(CacheKey.article(1, 1), StoredRecords.article(1), Clock.systemUTC().instant());
            assertThat(store.load(CacheKey.article(1, 1))).isPresent();
        }
        assertThat(Files.size(file())).isLessThanOrEqualTo(CAP);
        assertThat(count("SELECT count(*) FROM sync_items")).isZero();
    }

    @Test
    void anItemOfAPlanDroppedMeanwhileIsNotMarkedAndAddsNothing() throws Exception {
        plan("dropped", 1, false);
        try (SyncLedger ledger = SyncLedger.open(file());
             Connection c = StoreConnection.open(file(), 1000); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sync_items"); // as the cap does
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.add("dropped", "article 1 1",
                    List.of(new SyncLedger.Entry("article 1 2", "t", false))))
                    .isInstanceOf(SyncLedger.PlanDropped.class).hasMessageContaining("starts it again");
            assertThat(ledger.entries("dropped")).isEmpty();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = StoreConnection.open(file(), 1000); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
