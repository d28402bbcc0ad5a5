package dev.fenghuang.app.store;

import dev.fenghuang.cache.WriteBehind;
import dev.fenghuang.store.MarkKeeper;
import dev.fenghuang.store.ReadMark;
import java.util.Optional;

/**
 * Read marks kept in the store behind the frame, as the pages are: a mark is written on the store's writing thread
 * after the page saves handed over before it, so marking an article read never waits for the save of the page it
 * shows. A mark asked for waits for the writes before it, so it is found as if each had been written at once; the
 * writes that wait are written on closing and when the process ends on a signal.
 */
public final class MarksBehind implements MarkKeeper {
    private final MarkKeeper keeper;
    private final WriteBehind writes;

    /** Marks kept by {@code keeper}, written through {@code writes} (at once until it is asked to write behind). */
    public MarksBehind(MarkKeeper keeper, WriteBehind writes) {
        this.keeper = keeper;
        this.writes = writes;
    }

    @Override
    public Optional<ReadMark> mark(String kind, long id) {
        writes.written();
        return keeper.mark(kind, id);
    }

    @Override
    public void keep(String kind, long id, ReadMark mark) {
        writes.behind(() -> keeper.keep(kind, id, mark));
    }
}
