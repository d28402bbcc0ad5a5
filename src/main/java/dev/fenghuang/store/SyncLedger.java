package dev.fenghuang.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of a sync run and what of it is done, in the site's store file (table {@code sync_items}) or, without one,
 * in memory. Items are added before the one that found them is marked done, in one transaction, so a run killed at
 * any point leaves every item either done or still to do, never lost.
 */
public final class SyncLedger implements AutoCloseable {
    /** One thing to fetch, by its key; {@code title} is what the output shows for it. */
    public record Entry(String item, String title, boolean done) {
    }

    private final Connection connection;

    private SyncLedger(Connection connection) {
        this.connection = connection;
    }

    /** The ledger in the store file {@code file}, made (0600) and brought to the latest schema if need be. */
    public static SyncLedger open(Path file) throws IOException {
        try {
            StoreFile.prepare(file);
            Connection c = StoreConnection.open(file, SiteStore.BUSY_TIMEOUT_MILLIS);
            try {
                new StoreSchema().migrate(c);
            } catch (SQLException | StoreSchema.NewerFile | RuntimeException e) {
                c.close();
                throw e;
            }
            return new SyncLedger(c);
        } catch (SQLException | StoreSchema.NewerFile e) {
            throw new IOException("the store " + file + " cannot keep the sync's progress: " + e.getMessage(), e);
        }
    }

    /** A ledger that lasts as long as this process (no store: the built-in demo portal, store.enabled false). */
    public static SyncLedger inMemory() {
        try {
            Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
            new StoreSchema().migrate(c);
            return new SyncLedger(c);
        } catch (SQLException | StoreSchema.NewerFile e) {
            throw new IllegalStateException("an in-memory SQLite database cannot be made", e);
        }
    }

    /** Every item of the plan, in the order they were added. */
    public synchronized List<Entry> entries(String plan) throws IOException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT item, title, done FROM sync_items WHERE plan = ? ORDER BY seq")) {
            s.setString(1, plan);
            List<Entry> all = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(new Entry(r.getString(1), r.getString(2), r.getInt(3) != 0));
                }
            }
            return all;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Adds the items the plan does not hold yet, then marks {@code found} done (when not null), all or nothing.
     *
     * @return the items that were new to the plan
     */
    public synchronized List<Entry> add(String plan, String foundBy, List<Entry> items) throws IOException {
        List<Entry> added = new ArrayList<>();
        try (java.sql.Statement tx = connection.createStatement()) {
            // IMMEDIATE: the write lock first, so the read of seq is never upgraded against another writer's
            tx.execute("BEGIN IMMEDIATE");
            try {
                long seq = nextSeq(plan);
                try (PreparedStatement put = connection.prepareStatement(
                        "INSERT OR IGNORE INTO sync_items (plan, item, seq, title, done) VALUES (?, ?, ?, ?, 0)")) {
                    for (Entry e : items) {
                        put.setString(1, plan);
                        put.setString(2, e.item());
                        put.setLong(3, seq);
                        put.setString(4, e.title());
                        if (put.executeUpdate() == 1) {
                            added.add(new Entry(e.item(), e.title(), false));
                            seq++;
                        }
                    }
                }
                if (foundBy != null) {
                    try (PreparedStatement done = connection.prepareStatement(
                            "UPDATE sync_items SET done = 1 WHERE plan = ? AND item = ?")) {
                        done.setString(1, plan);
                        done.setString(2, foundBy);
                        done.executeUpdate();
                    }
                }
                tx.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                tx.execute("ROLLBACK");
                throw e;
            }
            return added;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private long nextSeq(String plan) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT coalesce(max(seq), 0) + 1 FROM sync_items WHERE plan = ?")) {
            s.setString(1, plan);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 1;
            }
        }
    }

    /** Forgets the plan: every item of it was done, and the next run starts a new one. */
    public synchronized void finish(String plan) throws IOException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM sync_items WHERE plan = ?")) {
            s.setString(1, plan);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IOException failed(SQLException e) {
        return new IOException("the sync's progress cannot be kept in the store: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing is pending: every change was committed when it was made
        }
    }
}
