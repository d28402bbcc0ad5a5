package dev.fenghuang.store;

import java.util.Optional;

/** Where one account's read marks last beyond the run: the site's store, or nowhere. */
public interface MarkKeeper {
    /** Keeps nothing: marks live as long as the run. */
    MarkKeeper NONE = new MarkKeeper() {
        @Override
        public Optional<ReadMark> mark(String kind, long id) {
            return Optional.empty();
        }

        @Override
        public void keep(String kind, long id, ReadMark mark) {
            // nowhere to keep it
        }
    };

    /** The mark kept for {@code id} of {@code kind} ({@link ReadMark#ARTICLE}, {@link ReadMark#THREAD}). */
    Optional<ReadMark> mark(String kind, long id);

    /** Keeps the mark, replacing the one kept before. */
    void keep(String kind, long id, ReadMark mark);
}
