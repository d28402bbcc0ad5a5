package dev.fenghuang;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every string held anywhere in a tree of records, lists, maps and optionals, with the path it was found at. */
final class RecordStrings {
    private RecordStrings() {
    }

    record Found(String path, String value) {
    }

    static List<Found> of(Object root, String name) {
        List<Found> found = new ArrayList<>();
        walk(root, name, found);
        return found;
    }

    private static void walk(Object o, String path, List<Found> found) {
        if (o instanceof String s) {
            found.add(new Found(path, s));
        } else if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    walk(c.getAccessor().invoke(r), path + "." + c.getName(), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (o instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
        } else if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                walk(k, path + ".key", found);
                walk(v, path + "[" + k + "]", found);
            });
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> walk(v, path, found));
        }
    }
}
