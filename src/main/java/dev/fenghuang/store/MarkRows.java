package dev.fenghuang.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code read_marks} table as one viewer reads and writes it: one row per thing marked read. */
final class MarkRows {
    private static final String READ =
            "SELECT read_at, comments_seen FROM read_marks WHERE viewer = ? AND kind = ? AND id = ?";
    private static final String WRITE = """
            INSERT INTO read_marks (viewer, kind, id, read_at, comments_seen) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (viewer, kind, id) DO UPDATE SET read_at = excluded.read_at,
                comments_seen = excluded.comments_seen""";

    private final Statements statements;
    private final String viewer;

    MarkRows(Statements statements, String viewer) {
        this.statements = statements;
        this.viewer = viewer;
    }

    Optional<ReadMark> read(String kind, long id) throws SQLException {
        PreparedStatement s = statements.of(READ);
        s.setString(1, viewer);
        s.setString(2, kind);
        s.setLong(3, id);
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Instant at = Instant.ofEpochMilli(r.getLong(1));
            long seen = r.getLong(2);
            return Optional.of(new ReadMark(at, r.wasNull() ? OptionalLong.empty() : OptionalLong.of(seen)));
        }
    }

    void write(String kind, long id, ReadMark mark) throws SQLException {
        PreparedStatement s = statements.of(WRITE);
        s.setString(1, viewer);
        s.setString(2, kind);
        s.setLong(3, id);
        s.setLong(4, mark.readAt().toEpochMilli());
        if (mark.commentsSeen().isPresent()) {
            s.setLong(5, mark.commentsSeen().getAsLong());
        } else {
            s.setNull(5, Types.INTEGER);
        }
        s.executeUpdate();
    }
}
