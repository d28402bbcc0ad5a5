package dev.fenghuang.store;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of the records the store keeps: every record's components and every enum's constants, reachable from the
 * kept kinds, as one text. A file written while the records had another shape is emptied rather than read into
 * records that would lack a field or hold one under a wrong name.
 */
final class RecordShape {
    private RecordShape() {
    }

    /** A short digest of the shape. */
    static String fingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(describe().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
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
}
