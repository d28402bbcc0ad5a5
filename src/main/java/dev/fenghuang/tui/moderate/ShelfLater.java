package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.View;
import java.util.function.Supplier;

/**
 * A shelf of a known number of queues whose queues are made when one is first opened: the desk asks how many at
 * start (for its keys and hints), a session that never moderates never makes them.
 */
public final class ShelfLater implements QueueShelf {
    private final int size;
    private Supplier<? extends QueueShelf> making;
    private QueueShelf made;

    /** @param size how many queues {@code making}'s shelf holds */
    public ShelfLater(int size, Supplier<? extends QueueShelf> making) {
        this.size = size;
        this.making = making;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public View open(int n, boolean adminPanel, ModerationDesk desk) {
        if (made == null) {
            made = making.get();
            making = null;
            if (made.size() != size) {
                throw new IllegalStateException("a shelf of " + made.size() + " queues, not " + size);
            }
        }
        return made.open(n, adminPanel, desk);
    }

    @Override
    public int indexOf(View view) {
        return made == null ? -1 : made.indexOf(view);
    }
}
