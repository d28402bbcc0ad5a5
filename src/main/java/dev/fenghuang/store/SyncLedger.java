package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The plan of a sync run and what of it is done, in the site's store file (table {@code sync_items}) or, without one,
 * in memory. Items are added before the one that found them is marked done, in one transaction, so a run killed at
 * any point leaves every item either done or still to do, never lost. An item is marked done only when the pages it
 * stands for are in the store's {@code pages}, checked in the same transaction.
 */
public final class SyncLedger implements AutoCloseable {
    /** One thing to fetch, by its key; {@code title} is what the output shows for it. */
    public record Entry(String item, String title, boolean done) {
    }

    /**
     * The pages an item is done by: they must be in the store (as {@code viewer}'s) when it is marked done.
     *
     * @param viewer the account whose pages they are
     */
    public record Kept(String viewer, List<CacheKey> pages) {
        public Kept {
            pages = List.copyOf(pages);
        }
    }

    /** The store did not keep a page an item stands for: the item stays to do. */
    public static final class NotKept extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient CacheKey page;

        public NotKept(CacheKey page) {
            super((page.kind() == CacheKey.Kind.IMAGE ? "the image " + page.name()
                    : page.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + page.id() + " page " + page.page())
                    + " was not kept in the store");
            this.page = page;
        }

        /** The page (or picture) the store did not keep. */
        public CacheKey page() {
            return page;
        }
    }

    /** The plan was dropped to keep the store under its cap while the run went on: the next run starts it again. */
    public static final class PlanDropped extends IOException {
        private static final long serialVersionUID = 1L;

        PlanDropped() {
            super("the sync's plan was dropped to keep the store under its cap (store.maxMegabytes), "
                    + "and the next run starts it again");
        }
    }

    private final Connection connection;
    /** Whether the file is a store whose pages a done item must be in (false for the ledger in memory). */
    private final boolean checksPages;
    private final ReentrantLock ownWrites;

    private SyncLedger(Connection connection, boolean checksPages, ReentrantLock ownWrites) {
        this.connection = connection;
        this.checksPages = checksPages;
        this.ownWrites = ownWrites;
    }

    /** The ledger in the store file {@code file}, made (0600) and brought to the latest schema if need be. */
    public static SyncLedger open(Path file) throws IOException {
        ReentrantLock ownWrites = OwnWrites.of(file);
        ownWrites.lock(); // the reader's store may be making the same new file on another thread
        try {
            StoreFile.prepare(file);
            Connection c = StoreConnection.open(file, SiteStore.BUSY_TIMEOUT_MILLIS);
            try {
                new StoreSchema().migrate(c);
            } catch (SQLException | StoreSchema.NewerFile | RuntimeException e) {
                c.close();
                throw e;
            }
            return new SyncLedger(c, true, ownWrites);
        } catch (SQLException | StoreSchema.NewerFile e) {
            throw new IOException("the store " + file + " cannot keep the sync's progress: " + e.getMessage(), e);
        } finally {
            ownWrites.unlock();
        }
    }

    /** A ledger that lasts as long as this process (no store: the built-in demo portal, store.enabled false). */
    public static SyncLedger inMemory() {
        try {
            Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
            new StoreSchema().migrate(c);
            return new SyncLedger(c, false, new ReentrantLock());
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
    public List<Entry> add(String plan, String foundBy, List<Entry> items) throws IOException {
        return add(plan, foundBy, items, new Kept("", List.of()));
    }

    /**
     * Adds the items the plan does not hold yet, then marks {@code found} done, all or nothing, and only when the
     * pages {@code kept} names are in the store.
     *
     * @return the items that were new to the plan
     * @throws NotKept when a page is not in the store: nothing is added and {@code found} stays to do
     */
    public synchronized List<Entry> add(String plan, String foundBy, List<Entry> items, Kept kept)
            throws IOException {
        ownWrites.lock();
        try {
            return addLocked(plan, foundBy, items, kept);
        } finally {
            ownWrites.unlock();
        }
    }

    private List<Entry> addLocked(String plan, String foundBy, List<Entry> items, Kept kept) throws IOException {
        List<Entry> added = new ArrayList<>();
        try (java.sql.Statement tx = connection.createStatement()) {
            // IMMEDIATE: the write lock first, so the read of seq is never upgraded against another writer's
            tx.execute("BEGIN IMMEDIATE");
            try {
                requireKept(kept);
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
                        if (done.executeUpdate() == 0) {
                            throw new PlanDropped();
                        }
                    }
                }
                tx.execute("COMMIT");
            } catch (SQLException | NotKept | PlanDropped | RuntimeException e) {
                tx.execute("ROLLBACK");
                throw e;
            }
            return added;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void requireKept(Kept kept) throws SQLException, NotKept {
        if (!checksPages) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM pages WHERE viewer = ? AND kind = ? "
                + "AND id = ? AND page = ? AND name = ?")) {
            for (CacheKey page : kept.pages()) {
                if (page.kind() == CacheKey.Kind.IMAGE) {
                    requireImage(page);
                    continue;
                }
                s.setString(1, kept.viewer());
                s.setString(2, page.kind().name());
                s.setLong(3, page.id());
                s.setInt(4, page.page());
                s.setString(5, page.name());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new NotKept(page);
                    }
                }
            }
        }
    }

    private void requireImage(CacheKey image) throws SQLException, NotKept {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM images WHERE url = ?")) {
            s.setString(1, image.name());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NotKept(image);
                }
            }
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
        ownWrites.lock();
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM sync_items WHERE plan = ?")) {
            s.setString(1, plan);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            ownWrites.unlock();
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
