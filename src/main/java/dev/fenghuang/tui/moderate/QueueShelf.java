package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.View;

/**
 * Queues beyond the portal's comments that another room lends the moderation desk (the forum's threads and
 * replies), visited in turn with the comment queue by one key. For an account with the admin panel they follow the
 * comment queue; for one without it, whose rights are on the front end, they are the whole round.
 */
public interface QueueShelf {
    /** The queues the shelf holds, 0 for none. */
    int size();

    /**
     * Opens queue {@code n} (0-based, in the round's order).
     *
     * @param adminPanel the admin panel's queue, else the front-end moderation panel's
     */
    View open(int n, boolean adminPanel, ModerationDesk desk);

    /** Which of the shelf's queues {@code view} shows, -1 when it is none of them. */
    int indexOf(View view);

    /** No queues but the comment queue. */
    QueueShelf NONE = new QueueShelf() {
        @Override
        public int size() {
            return 0;
        }

        @Override
        public View open(int n, boolean adminPanel, ModerationDesk desk) {
            throw new IndexOutOfBoundsException(n);
        }

        @Override
        public int indexOf(View view) {
            return -1;
        }
    };
}
