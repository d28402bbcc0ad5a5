package dev.fenghuang.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/** Opens the SQLite file with the store's settings: write-ahead log, a busy timeout, free pages given back on
 * request (incremental vacuum, set when the file is new), a small page cache. */
final class StoreConnection {
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_CORRUPT = 11;
    static final int SQLITE_NOTADB = 26;
    /**
     * The most page memory (KiB) a connection keeps. SQLite's default is about 2 MB, resident in the reader for its
     * whole session; the store's reads are single rows by key, and the pages they miss come back from the system's
     * file cache.
     */
    static final int PAGE_CACHE_KIB = 256;

    private StoreConnection() {
    }

    static Connection open(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setJournalSizeLimit(4 * 1024 * 1024);
        config.setCacheSize(-PAGE_CACHE_KIB);
        // made directly, as sqlite-jdbc's JDBC.createConnection makes it, not through that class: its loading
        // registers the driver with java.sql.DriverManager, which searches the class path for every other driver
        String path = file.toAbsolutePath().toString();
        Connection c = new JDBC4Connection("jdbc:sqlite:" + path, path, config.toProperties());
        try (Statement s = c.createStatement()) {
            boolean empty;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                empty = r.next() && r.getInt(1) == 0;
            }
            if (empty) {
                s.execute("PRAGMA auto_vacuum = INCREMENTAL"); // takes only before the first table and the log
            }
            useWriteAheadLog(s, busyTimeoutMillis);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Switches the file to the write-ahead log. Where another connection is writing the file (making its tables),
     * SQLite refuses the switch with "database is locked" at once instead of waiting its busy timeout, to avoid a
     * deadlock; the switch is asked again until that timeout has passed.
     */
    private static void useWriteAheadLog(Statement s, int busyTimeoutMillis) throws SQLException {
        long deadline = System.nanoTime() + busyTimeoutMillis * 1_000_000L;
        for (long pause = 1; ; pause = Math.min(pause * 2, 50)) {
            try {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while the store was locked", e);
            }
        }
    }
}
