package dev.fenghuang.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements a store's connection runs for every page, each prepared once: SQLite compiles a statement's text
 * anew at each {@code prepareStatement}, about half of a page's lookup on the reader's thread and a sixth of its save.
 * Used under the store's lock, one caller at a time; the statements close with the connection.
 */
final class Statements {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement of {@code sql}, prepared at its first use, its parameters cleared. */
    PreparedStatement of(String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null || s.isClosed()) {
            s = connection.prepareStatement(sql);
            prepared.put(sql, s);
        } else {
            s.clearParameters();
        }
        return s;
    }
}
