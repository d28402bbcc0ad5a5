package dev.fenghuang.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A process of its own that points sqlite-jdbc at a library folder, as a start of Fenghuang does, runs one query,
 * and prints the SQLite library file its memory maps (from {@code /proc/self/maps}), for {@link SqliteLibraryTest}.
 *
 * <p>Arguments: the library folder.
 */
public final class SqliteLibraryProcess {
    private SqliteLibraryProcess() {
    }

    public static void main(String[] args) throws Exception {
        SqliteLibrary.useFrom(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sqlite_version()")) {
            r.next();
        }
        Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(line -> line.contains("sqlitejdbc"))
                .map(line -> line.substring(line.indexOf('/'))).distinct().forEach(System.out::println);
    }
}
