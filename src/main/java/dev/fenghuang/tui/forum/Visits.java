package dev.fenghuang.tui.forum;

import dev.fenghuang.app.forum.ThreadVisits;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** How many replies each thread had at the reader's last visit, for the unread markers of a board's list. */
public interface Visits {
    /** The replies thread {@code tid} had at the last visit; empty when it was never opened. */
    OptionalLong replies(long tid);

    /** Notes a visit of thread {@code tid} when it had {@code replies} replies. */
    void visited(long tid, long replies);

    /** Counts one's own reply to thread {@code tid} as seen, when the thread was visited before. */
    default void replied(long tid) {
        replies(tid).ifPresent(n -> visited(tid, n + 1));
    }

    /**
     * Counts one's own reply to thread {@code tid}, now deleted, as gone: the thread keeps one reply less, so the
     * next reply by someone else shows as new.
     */
    default void deleted(long tid) {
        replies(tid).ifPresent(n -> visited(tid, Math.max(0, n - 1)));
    }

    /** Visits kept in the state directory, through the application. */
    static Visits over(ThreadVisits kept) {
        return new Visits() {
            @Override
            public OptionalLong replies(long tid) {
                return kept.replies(tid);
            }

            @Override
            public void visited(long tid, long replies) {
                kept.visited(tid, replies);
            }

            @Override
            public void replied(long tid) {
                kept.replied(tid);
            }

            @Override
            public void deleted(long tid) {
                kept.deleted(tid);
            }
        };
    }

    /** Visits remembered until the reader quits. */
    static Visits inMemory() {
        Map<Long, Long> seen = new HashMap<>();
        return new Visits() {
            @Override
            public OptionalLong replies(long tid) {
                Long n = seen.get(tid);
                return n == null ? OptionalLong.empty() : OptionalLong.of(n);
            }

            @Override
            public void visited(long tid, long replies) {
                seen.put(tid, replies);
            }
        };
    }
}
