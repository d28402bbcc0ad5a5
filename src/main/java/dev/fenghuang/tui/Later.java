package dev.fenghuang.tui;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A part made the first time it is asked for, then kept: what a session that never uses it (the forum tab, the
 * moderation desk's forum queues) would otherwise make, and load the classes of, at start.
 */
public final class Later<T> implements Supplier<T> {
    private Supplier<? extends T> making;
    private T made;

    private Later(Supplier<? extends T> making) {
        this.making = making;
    }

    /** The part {@code making} makes, made on the first {@link #get}. */
    public static <T> Later<T> of(Supplier<? extends T> making) {
        return new Later<>(Objects.requireNonNull(making));
    }

    /** A part made already. */
    public static <T> Later<T> now(T made) {
        Later<T> later = new Later<>(null);
        later.made = made;
        return later;
    }

    @Override
    public synchronized T get() {
        if (making != null) {
            made = making.get();
            making = null;
        }
        return made;
    }

    /** Whether the part has been made (by {@link #now} or a {@link #get}). */
    public synchronized boolean made() {
        return making == null;
    }
}
