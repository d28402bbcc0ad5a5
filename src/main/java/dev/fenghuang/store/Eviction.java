package dev.fenghuang.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the file under its cap: when the pages in use pass it, the pages read least recently (of any viewer) go
 * until a tenth of the cap is free again, and the file gives the space back (incremental vacuum, a checkpoint
 * truncating the write-ahead log).
 */
final class Eviction {
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
            long rows = single(s, "SELECT count(*) FROM pages");
            long batch = Math.max(1, rows / 20);
            while (rows > 0 && usedBytes() > target) {
                int gone = s.executeUpdate("DELETE FROM pages WHERE rowid IN "
                        + "(SELECT rowid FROM pages ORDER BY read_at, rowid LIMIT " + batch + ")");
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

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
