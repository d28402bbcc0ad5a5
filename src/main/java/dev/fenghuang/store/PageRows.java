package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code pages} table as one viewer (whose pages they are: a guest's or one member's) reads and writes it: one row per kept
 * page; a write's forgetting reaches every viewer's rows.
 */
final class PageRows {
    private static final String KEY = "viewer = ? AND kind = ? AND id = ? AND page = ? AND name = ?";

    /** One kept page as its row holds it. */
    record Row(String body, long fetchedAtMillis) {
    }

    private static final String READ = "SELECT body, fetched_at, read_at FROM pages WHERE " + KEY;
    private static final String WRITE = """
            INSERT INTO pages (viewer, kind, id, page, name, body, bytes, fetched_at, read_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (viewer, kind, id, page, name) DO UPDATE SET body = excluded.body,
                bytes = excluded.bytes, fetched_at = excluded.fetched_at, read_at = excluded.read_at""";
    private static final String ROWID = "SELECT rowid FROM pages WHERE " + KEY;

    private final Statements statements;
    private final Connection c;
    private final String viewer;

    PageRows(Statements statements, String viewer) {
        this.statements = statements;
        this.c = statements.connection();
        this.viewer = viewer;
    }

    /** The row under the key, its read time set to {@code nowMillis} (to within {@link Eviction#restamp}). */
    Optional<Row> read(CacheKey key, long nowMillis) throws SQLException {
        Row row;
        long readAt;
        PreparedStatement s = statements.of(READ);
        bind(s, 1, key);
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            row = new Row(r.getString(1), r.getLong(2));
            readAt = r.getLong(3);
        }
        if (Eviction.restamp(readAt, nowMillis)) {
            noteRead(key, nowMillis);
        }
        return Optional.of(row);
    }

    /**
     * Sets the row's read time, without waiting: while another program writes the file (a write-ahead log lets it
     * be read meanwhile) the read time is left as it was, and the page is read all the same.
     */
    private void noteRead(CacheKey key, long nowMillis) throws SQLException {
        try (Statement wait = c.createStatement()) {
            wait.execute("PRAGMA busy_timeout = 0");
            try (PreparedStatement s = c.prepareStatement("UPDATE pages SET read_at = ? WHERE " + KEY)) {
                s.setLong(1, nowMillis);
                bind(s, 2, key);
                s.executeUpdate();
            } catch (SQLException e) {
                int primary = e.getErrorCode() & 0xff;
                if (primary != StoreConnection.SQLITE_BUSY && primary != StoreConnection.SQLITE_LOCKED) {
                    throw e;
                }
            } finally {
                wait.execute("PRAGMA busy_timeout = " + SiteStore.BUSY_TIMEOUT_MILLIS);
            }
        }
    }

    /** Writes the row, replacing the one under the same key; it counts as read when it was fetched. */
    void write(CacheKey key, String body, long fetchedAtMillis) throws SQLException {
        PreparedStatement s = statements.of(WRITE);
        bind(s, 1, key);
        s.setString(6, body);
        s.setLong(7, body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        s.setLong(8, fetchedAtMillis);
        s.setLong(9, fetchedAtMillis);
        s.executeUpdate();
    }

    /** Whether a row is kept under the key; its read time stays as it is. */
    boolean has(CacheKey key) throws SQLException {
        PreparedStatement s = statements.of(ROWID);
        bind(s, 1, key);
        try (ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    /** The rowid of the row under the key (what the full-text index names it by); empty when there is none. */
    Optional<Long> rowid(CacheKey key) throws SQLException {
        PreparedStatement s = statements.of(ROWID);
        bind(s, 1, key);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
        }
    }

    void delete(CacheKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pages WHERE " + KEY)) {
            bind(s, 1, key);
            s.executeUpdate();
        }
    }

    /**
     * Deletes the rows of every viewer whose key matches, in one transaction; returns how many. The keys are read and
     * tested here, so the predicate may be any test a writer makes of the memory's keys.
     */
    int deleteWhere(Predicate<CacheKey> which) throws SQLException {
        List<Long> rowids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rowid, kind, id, page, name FROM pages")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Optional<CacheKey> key = key(r.getString(2), r.getLong(3), r.getInt(4), r.getString(5));
                    if (key.isEmpty() || which.test(key.get())) {
                        rowids.add(r.getLong(1));
                    }
                }
            }
        }
        if (!rowids.isEmpty()) {
            deleteRows(rowids);
        }
        return rowids.size();
    }

    private void deleteRows(List<Long> rowids) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM pages WHERE rowid = ?")) {
            for (long rowid : rowids) {
                s.setLong(1, rowid);
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** A key read back from a row; empty for a kind this program does not know (a row it cannot use). */
    private static Optional<CacheKey> key(String kind, long id, int page, String name) {
        try {
            return Optional.of(new CacheKey(CacheKey.Kind.valueOf(kind), id, page, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private void bind(PreparedStatement s, int first, CacheKey key) throws SQLException {
        s.setString(first, viewer);
        s.setString(first + 1, key.kind().name());
        s.setLong(first + 2, key.id());
        s.setInt(first + 3, key.page());
        s.setString(first + 4, key.name());
    }
}
