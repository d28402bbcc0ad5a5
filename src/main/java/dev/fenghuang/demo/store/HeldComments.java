package dev.fenghuang.demo.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The moderation table of 5.2 for portal comments ({@code common_moderate}, idtype {@code aid_cid}): one entry per
 * held comment, waiting or ignored, apart from the comment's own status.
 */
public final class HeldComments {
    /**
     * @param dateline when the comment was held, the queue's sort key
     * @param ignored true once 忽略 was decided; the comment itself stays pending
     */
    public record Entry(int cid, long dateline, boolean ignored) {
    }

    private static final Comparator<Entry> NEWEST_FIRST =
            Comparator.comparingLong(Entry::dateline).thenComparingInt(Entry::cid).reversed();

    private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();

    /** Puts the comment in the queue as waiting, at this time (again, when it was there already). */
    public void hold(int cid, long now) {
        entries.put(cid, new Entry(cid, now, false));
    }

    /** Marks the entry ignored; the comment is left alone. */
    public void ignore(int cid) {
        entries.computeIfPresent(cid, (k, e) -> new Entry(k, e.dateline(), true));
    }

    /** Takes the comment out of the queue. */
    public void release(int cid) {
        entries.remove(cid);
    }

    Optional<Entry> entry(int cid) {
        return Optional.ofNullable(entries.get(cid));
    }

    /** The waiting entries, or the ignored ones, newest first. */
    public List<Entry> newestFirst(boolean ignored) {
        return entries.values().stream().filter(e -> e.ignored() == ignored).sorted(NEWEST_FIRST).toList();
    }
}
