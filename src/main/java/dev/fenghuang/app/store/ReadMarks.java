package dev.fenghuang.app.store;

import dev.fenghuang.store.MarkKeeper;
import dev.fenghuang.store.ReadMark;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One account's read articles on one site, with the comment count each had when read: in memory for the run and,
 * where there is one, in the site's store for the runs after.
 */
public final class ReadMarks {
    private final MarkKeeper keeper;
    private final Clock clock;
    /** The most marks held in memory when a store keeps them all: a list page's and a few pages more. */
    public static final int HELD = 1024;

    private final Map<Long, ReadMark> memory;
    private final AtomicLong changes = new AtomicLong();

    private ReadMarks(MarkKeeper keeper, Clock clock) {
        this.keeper = keeper;
        this.clock = clock;
        this.memory = keeper == MarkKeeper.NONE ? new ConcurrentHashMap<>() : usedLast(HELD);
    }

    /** A map that lets its least recently used entry go past {@code most}; safe from any thread. */
    private static Map<Long, ReadMark> usedLast(int most) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ReadMark> eldest) {
                return size() > most;
            }
        });
    }

    /** Marks kept as long as the run. */
    public static ReadMarks inMemory(Clock clock) {
        return new ReadMarks(MarkKeeper.NONE, clock);
    }

    /** Marks kept by {@code keeper} too (one account's view of the store). */
    public static ReadMarks over(MarkKeeper keeper, Clock clock) {
        return new ReadMarks(keeper, clock);
    }

    /**
     * Notes that article {@code aid} was opened when it had {@code commentCount} comments; opened again in this run
     * with the count its mark holds, the mark (and its time) stays as it is.
     */
    public void opened(long aid, long commentCount) {
        OptionalLong count = OptionalLong.of(Math.max(0, commentCount));
        ReadMark known = memory.get(aid);
        if (known != null && known.commentsSeen().equals(count)) {
            return; // read again with nothing new: the mark stands, and a store write would delay the frame
        }
        markedRead(aid, count);
    }

    /** Notes article {@code aid} as read, with its comment count if known (a list marked read unopened). */
    public void markedRead(long aid, OptionalLong commentCount) {
        put(aid, new ReadMark(clock.instant(), commentCount));
    }

    /**
     * Counts the reader's own comment on article {@code aid} as seen: a read article with a known count keeps one
     * comment more, so the comment does not come back as new; an article never read stays unread.
     */
    public void commented(long aid) {
        mark(aid).ifPresent(m -> m.commentsSeen().ifPresent(
                seen -> put(aid, new ReadMark(clock.instant(), OptionalLong.of(seen + 1)))));
    }

    /** The mark of article {@code aid}: from memory, else from the keeper; empty when it was never read. */
    public Optional<ReadMark> mark(long aid) {
        ReadMark m = memory.get(aid);
        if (m != null) {
            return Optional.of(m);
        }
        Optional<ReadMark> kept = keeper.mark(ReadMark.ARTICLE, aid);
        kept.ifPresent(k -> memory.putIfAbsent(aid, k));
        return kept;
    }

    /**
     * Whether article {@code aid} was read and how many comments came since, for its comment count now (empty: not
     * known). A mark made without a count takes the first count seen as the one read.
     */
    public ReadState state(long aid, OptionalLong commentCount) {
        Optional<ReadMark> m = mark(aid);
        if (m.isEmpty()) {
            return new ReadState(false, 0);
        }
        if (commentCount.isEmpty()) {
            return new ReadState(true, 0);
        }
        OptionalLong seen = m.get().commentsSeen();
        if (seen.isEmpty()) {
            put(aid, new ReadMark(m.get().readAt(), commentCount));
            return new ReadState(true, 0);
        }
        return new ReadState(true, Math.max(0, commentCount.getAsLong() - seen.getAsLong()));
    }

    /** How many marks memory holds. */
    public int held() {
        return memory.size();
    }

    /** How many times a mark changed in this run: a view drawn from marks redraws when it grew. */
    public long changes() {
        return changes.get();
    }

    private void put(long aid, ReadMark mark) {
        memory.put(aid, mark);
        keeper.keep(ReadMark.ARTICLE, aid, mark);
        changes.incrementAndGet();
    }
}
