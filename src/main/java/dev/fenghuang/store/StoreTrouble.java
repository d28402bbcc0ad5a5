package dev.fenghuang.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * What a failed store operation means for the reader, said in one line: a damaged file is set aside so the next run
 * starts a new one, a locked file names who holds it, anything else says what the store was doing.
 */
final class StoreTrouble {
    private StoreTrouble() {
    }

    /**
     * The line for {@code e}, raised while {@code doing} (e.g. "reading it"); sets {@code file} aside first when
     * SQLite says it is damaged. The caller has closed its connections.
     */
    static String describe(SQLException e, Path file, Clock clock, String doing) {
        int primary = e.getErrorCode() & 0xff;
        if (primary == StoreConnection.SQLITE_CORRUPT || primary == StoreConnection.SQLITE_NOTADB) {
            try {
                Path aside = StoreFile.setAside(file, clock);
                return "the store " + file + " is damaged; it was set aside as " + aside.getFileName()
                        + " and a new one is made next time; reading on without it";
            } catch (IOException moveFailed) {
                return "the store " + file + " is damaged and could not be set aside (" + moveFailed.getMessage()
                        + "); reading on without it";
            }
        }
        if (primary == StoreConnection.SQLITE_BUSY || primary == StoreConnection.SQLITE_LOCKED) {
            return "the store " + file + " is locked by another program" + LockHolders.of(file)
                    + "; reading on without it this run";
        }
        return "the store " + file + " failed while " + doing + " (" + e.getMessage()
                + "); reading on without it this run";
    }
}
