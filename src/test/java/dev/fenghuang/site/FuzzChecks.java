package dev.fenghuang.site;

import dev.fenghuang.site.markup.SiteText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every parser's record must hold, whatever the page: each string in it, down through lists, maps and nested
 * records, went through {@link SiteText}, so no C0 control but line break and tab, no DEL or C1 control, no bidi
 * override or BOM is left for a terminal to act on.
 */
public final class FuzzChecks {
    private FuzzChecks() {
    }

    /** Throws {@link AssertionError} naming the field and the character when a string in {@code value} is unclean. */
    public static void assertClean(Object value) {
        walk(value, "result", Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object value, String path, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof CharSequence s) {
            check(s.toString(), path);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, seen));
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                walk(item, path + "[" + i++ + "]", seen);
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getKey(), path + ".key", seen);
                walk(e.getValue(), path + "[" + e.getKey() + "]", seen);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                walk(component(value, c.getAccessor()), path + "." + c.getName(), seen);
            }
        }
    }

    private static Object component(Object record, Method accessor) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String s, String path) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
            boolean reorders = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\uFEFF';
            if (control || reorders) {
                throw new AssertionError(String.format("%s holds U+%04X at %d: %s", path, (int) c, i,
                        s.substring(0, Math.min(s.length(), 200)).replaceAll("\\p{Cntrl}", "?")));
            }
        }
    }
}
