package dev.fenghuang.store;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The shape of the records the store keeps: every record's components and every enum's constants, reachable from the
 * kept kinds, as one text. A file written while the records had another shape is emptied rather than read into
 * records that would lack a field or hold one under a wrong name.
 */
final class RecordShape {
    /**
     * {@link #describe()} as the build wrote it (pom.xml, phase process-classes), beside this class: a run knows the
     * shape without loading every kept record (the forum's too) and reading their components by reflection.
     */
    static final String BUILT = "record-shape.txt";

    private RecordShape() {
    }

    /** Writes {@link #describe()} to the file {@code args[0]}: the build's step that makes {@link #BUILT}. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), describe(), StandardCharsets.UTF_8);
    }

    /** The shape as the build described it, or, where the build did not (classes compiled elsewhere), described now. */
    static String shape() {
        return built(RecordShape.class.getResourceAsStream(BUILT));
    }

    /** The text {@code built} holds, or the shape described now when it is null or cannot be read. */
    static String built(java.io.InputStream built) {
        if (built != null) {
            try (built) {
                return new String(built.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return describe();
            }
        }
        return describe();
    }

    /**
     * A short digest of the shape: two CRCs of its text. Not a SHA-256, as stores written before have: the first
     * {@code MessageDigest} of a run loads Java's security providers, ~40 ms of a cold start on the store's way to
     * the first page.
     */
    static String fingerprint(String shape) {
        byte[] bytes = shape.getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        HexFormat hex = HexFormat.of();
        return "crc-" + hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) ieee.getValue());
    }

    /** The digest stores were written with before {@link #fingerprint}, the first 12 bytes of a SHA-256. */
    static String olderFingerprint(String shape) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(shape.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each record and enum on a line of its own, sorted by name. */
    static String describe() {
        TreeMap<String, String> lines = new TreeMap<>();
        Deque<Type> todo = new ArrayDeque<>(RecordCodec.TYPES.values());
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                todo.addAll(java.util.List.of(p.getActualTypeArguments()));
                continue;
            }
            if (!(t instanceof Class<?> c) || !seen.add(c.getName())) {
                continue;
            }
            if (c.isRecord()) {
                StringBuilder line = new StringBuilder();
                for (RecordComponent rc : c.getRecordComponents()) {
                    line.append(rc.getName()).append(':').append(rc.getGenericType().getTypeName()).append(' ');
                    todo.push(rc.getGenericType());
                }
                lines.put(c.getName(), line.toString());
            } else if (c.isEnum()) {
                lines.put(c.getName(), java.util.Arrays.toString(c.getEnumConstants()));
            } else if (c.isSealed()) {
                lines.put(c.getName(), java.util.Arrays.toString(c.getPermittedSubclasses()));
                todo.addAll(java.util.List.of(c.getPermittedSubclasses()));
            }
        }
        StringBuilder all = new StringBuilder();
        lines.forEach((name, line) -> all.append(name).append(' ').append(line).append('\n'));
        return all.toString();
    }

    /**
     * Records of another shape than this program's are dropped, not read into wrong fields. A store that names the
     * same shape by its older digest keeps its pages.
     */
    static void emptyPagesIfChanged(Connection connection) throws SQLException {
        String described = shape();
        String shape = fingerprint(described);
        String kept = null;
        try (PreparedStatement s = connection.prepareStatement("SELECT value FROM meta WHERE key = 'shape'");
             ResultSet r = s.executeQuery()) {
            if (r.next()) {
                kept = r.getString(1);
            }
        }
        if (!shape.equals(kept)) {
            boolean sameShape = kept != null && kept.equals(olderFingerprint(described));
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM pages");
                 PreparedStatement put = connection.prepareStatement(
                         "INSERT OR REPLACE INTO meta (key, value) VALUES ('shape', ?)")) {
                if (!sameShape) {
                    del.executeUpdate();
                }
                put.setString(1, shape);
                put.executeUpdate();
            }
        }
    }
}
