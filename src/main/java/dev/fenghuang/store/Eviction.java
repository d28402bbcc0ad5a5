package dev.fenghuang.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the file under its cap: when what is in use passes it, the sync ledger's done items go first (so no page
 * goes while an item says it is done), then whole sync plans while they hold more than half the cap (the oldest
 * first), then the pages and pictures read least recently (of any viewer), until a tenth of the cap is free again;
 * the file gives the space back (incremental vacuum, a checkpoint truncating the write-ahead log).
 */
final class Eviction {
    /**
     * How fine a read time is kept: a page or picture read again within this long of its stamp keeps the stamp, so
     * that reading it writes nothing. Each stamp written is a transaction, and the last connection's close then folds
     * the log into the file, each with an fsync: about 10 ms of a cold {@code read} answered from the store (issue
     * 13). The least recently read go first within the hour as well.
     */
    static final long READ_TIME_STEP_MILLIS = 60 * 60 * 1000;

    private final Connection c;
    private final long maxBytes;

    Eviction(Connection c, long maxBytes) throws SQLException {
        this.c = c;
        this.maxBytes = maxBytes;
        boundLog();
    }

    /** The write-ahead log is folded into the file every eighth of the cap (at most SQLite's 1000 pages). */
    private void boundLog() throws SQLException {
        try (Statement s = c.createStatement()) {
            long pageSize = single(s, "PRAGMA page_size");
            long pages = Math.max(16, Math.min(1000, maxBytes / 8 / pageSize));
            s.execute("PRAGMA wal_autocheckpoint = " + pages);
            s.execute("PRAGMA journal_size_limit = " + pages * pageSize);
        }
    }

    /** Whether a row stamped read at {@code readAtMillis} gets the new stamp {@code nowMillis}. */
    static boolean restamp(long readAtMillis, long nowMillis) {
        return nowMillis - readAtMillis >= READ_TIME_STEP_MILLIS || nowMillis < readAtMillis;
    }

    /** Bytes of the file's pages that hold data (free pages excluded). */
    long usedBytes() throws SQLException {
        try (Statement s = c.createStatement()) {
            return (single(s, "PRAGMA page_count") - single(s, "PRAGMA freelist_count"))
                    * single(s, "PRAGMA page_size");
        }
    }

    /** Bytes of the whole file, free pages included. */
    long fileBytes() throws SQLException {
        try (Statement s = c.createStatement()) {
            return single(s, "PRAGMA page_count") * single(s, "PRAGMA page_size");
        }
    }

    /**
     * When the file passed its cap: gives free pages back first, and if that is not enough evicts; returns how many
     * pages went.
     */
    int keepUnderCap() throws SQLException {
        if (fileBytes() <= maxBytes) {
            return 0;
        }
        long target = maxBytes - maxBytes / 10;
        int evicted = 0;
        try (Statement s = c.createStatement()) {
            prunePlans(s, target);
            long rows = single(s, "SELECT (SELECT count(*) FROM pages) + (SELECT count(*) FROM images)");
            long batch = Math.max(1, rows / 20);
            while (rows > 0 && usedBytes() > target) {
                // the pages and pictures read least recently go together, a batch at a time
                long before = single(s, "SELECT max(read_at) FROM (SELECT read_at FROM (SELECT read_at FROM pages "
                        + "UNION ALL SELECT read_at FROM images) ORDER BY read_at LIMIT " + batch + ")");
                int gone = s.executeUpdate("DELETE FROM pages WHERE read_at <= " + before);
                gone += s.executeUpdate("DELETE FROM images WHERE read_at <= " + before);
                if (gone == 0) {
                    break;
                }
                evicted += gone;
                rows -= gone;
            }
            s.executeUpdate("PRAGMA incremental_vacuum"); // run to its end: each step gives one free page back
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return evicted;
    }

    /** Done items first; then whole plans, the oldest first, while the plans hold more than half of {@code target}. */
    private void prunePlans(Statement s, long target) throws SQLException {
        if (usedBytes() <= target) {
            return;
        }
        s.executeUpdate("DELETE FROM sync_items WHERE done = 1");
        while (single(s, "SELECT coalesce(sum(length(CAST(plan AS BLOB)) + length(CAST(item AS BLOB))"
                + " + length(CAST(title AS BLOB)) + 24), 0) FROM sync_items") > target / 2) {
            int gone = s.executeUpdate("DELETE FROM sync_items WHERE plan = "
                    + "(SELECT plan FROM sync_items ORDER BY rowid LIMIT 1)");
            if (gone == 0) {
                break;
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
