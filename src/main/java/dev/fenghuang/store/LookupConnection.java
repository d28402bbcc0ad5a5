package dev.fenghuang.store;

import dev.fenghuang.cache.CacheKey;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store's second connection to its file, which asks only whether a page is kept: the write-ahead log lets it read
 * while the store's own connection writes, so a lookup of a page never kept need not wait for the save in progress.
 * Opened once, on the thread that writes (the first save); until then, and after it failed or was closed, it knows
 * nothing and the store reads as before. Its page cache is small: it reads one key's index entries at a time.
 */
final class LookupConnection {
    private static final Logger log = LoggerFactory.getLogger(LookupConnection.class);
    private static final int PAGE_CACHE_KIB = 32;

    private final Path file;
    private Statements statements;
    private boolean tried;

    LookupConnection(Path file) {
        this.file = file;
    }

    /** Opens the connection, once; a failure leaves the store reading as before. */
    synchronized void open(int busyTimeoutMillis) {
        if (tried) {
            return;
        }
        tried = true;
        try {
            statements = new Statements(StoreConnection.open(file, busyTimeoutMillis));
            try (Statement s = statements.connection().createStatement()) {
                s.execute("PRAGMA cache_size = -" + PAGE_CACHE_KIB);
            }
        } catch (SQLException e) {
            log.debug("store {}: no second connection for lookups: {}", file, e.toString());
            close();
        }
    }

    /**
     * Whether the file surely keeps no page of {@code viewer} under the key; false when it keeps one, or when this
     * connection cannot tell (not open, or the lookup failed).
     */
    synchronized boolean surelyMissing(CacheKey key, String viewer) {
        if (statements == null) {
            return false;
        }
        try {
            return !new PageRows(statements, viewer).has(key);
        } catch (SQLException e) {
            log.debug("store {}: a lookup beside the writes failed, reading as usual: {}", file, e.toString());
            return false;
        }
    }

    /** Closes the connection; none is opened again. */
    synchronized void close() {
        tried = true;
        if (statements != null) {
            try {
                statements.connection().close();
            } catch (SQLException ignored) {
                // it only looked pages up
            }
            statements = null;
        }
    }
}
