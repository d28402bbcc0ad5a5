package dev.fenghuang.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, versioned: {@code schema_version} names the version a file is at, and opening it runs the
 * migrations after that one, in one transaction (two processes opening an old file at once migrate it once).
 */
final class StoreSchema {
    /** Each entry takes a file from the version before it (its index) to its own (index + 1). */
    static final List<List<String>> MIGRATIONS = List.of(
            List.of("""
                    CREATE TABLE pages (
                        viewer TEXT NOT NULL, kind TEXT NOT NULL, id INTEGER NOT NULL, page INTEGER NOT NULL,
                        name TEXT NOT NULL, body TEXT NOT NULL, bytes INTEGER NOT NULL,
                        fetched_at INTEGER NOT NULL, read_at INTEGER NOT NULL,
                        UNIQUE (viewer, kind, id, page, name))""",
                    "CREATE INDEX pages_by_read ON pages (read_at)",
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // unread: what each viewer opened, and the comments (replies) it had then; NULL when not known
            List.of("""
                    CREATE TABLE read_marks (
                        viewer TEXT NOT NULL, kind TEXT NOT NULL, id INTEGER NOT NULL,
                        read_at INTEGER NOT NULL, comments_seen INTEGER,
                        PRIMARY KEY (viewer, kind, id))"""),
            // local search: the full-text index of stored articles
            ArticleIndex.MIGRATION,
            // sync: a run's plan and what of it is done, so that a run killed half-way goes on where it stopped
            List.of("""
                    CREATE TABLE sync_items (
                        plan TEXT NOT NULL, item TEXT NOT NULL, seq INTEGER NOT NULL, title TEXT NOT NULL,
                        done INTEGER NOT NULL, UNIQUE (plan, item))"""),
            // tuisearch: the index again, with a prefix index for one-character queries
            ArticleIndex.PREFIX_MIGRATION,
            // syncsafe: the article pictures read (sync --images), as PNG, for reading offline
            List.of("""
                    CREATE TABLE images (
                        url TEXT PRIMARY KEY, png BLOB NOT NULL, bytes INTEGER NOT NULL,
                        fetched_at INTEGER NOT NULL, read_at INTEGER NOT NULL)""",
                    "CREATE INDEX images_by_read ON images (read_at)"));

    private final List<List<String>> migrations;

    StoreSchema() {
        this(MIGRATIONS);
    }

    /** A schema of other migrations, for a test of the migrating itself. */
    StoreSchema(List<List<String>> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    int latest() {
        return migrations.size();
    }

    /**
     * Brings the file to the latest version.
     *
     * @return the version it was at
     * @throws NewerFile when a later program wrote it: it is left untouched
     */
    int migrate(Connection c) throws SQLException, NewerFile {
        try (Statement s = c.createStatement()) {
            int seen = current(s);
            if (seen == latest()) {
                return seen; // the usual case: no write, no lock
            }
            s.execute("BEGIN IMMEDIATE");
            try {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                int found = count(s, "SELECT coalesce(max(version), 0) FROM schema_version");
                if (found > latest()) {
                    throw new NewerFile(found, latest());
                }
                for (int v = found; v < latest(); v++) {
                    for (String sql : migrations.get(v)) {
                        s.execute(sql);
                    }
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version (version) VALUES (" + latest() + ")");
                s.execute("COMMIT");
                return found;
            } catch (SQLException | NewerFile | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** The file's version without taking a lock: 0 for a file without the table. */
    private static int current(Statement s) throws SQLException {
        if (count(s, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") == 0) {
            return 0;
        }
        return count(s, "SELECT coalesce(max(version), 0) FROM schema_version");
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** A file at a version later than this program knows. */
    static final class NewerFile extends Exception {
        private static final long serialVersionUID = 1L;

        NewerFile(int found, int known) {
            super("it was written by a newer fenghuang (schema " + found + ", this one knows " + known + ")");
        }
    }
}
