package dev.fenghuang.model.forum;

import java.util.List;
import java.util.Map;

/**
 * What the moderator was shown of a thread before choosing a thread tool; the tool is sent only while the thread
 * read again still shows it, so that nothing is deleted blind.
 *
 * @param replies the thread's reply count as shown (or as said on the command line); -1 when nothing was said,
 *     which is enough for every tool but the deletion of the first post (it takes the replies with it)
 * @param firstPagePids the posts of the first page as shown, in order; empty when that page was not shown
 * @param floors the posts the tool is for, as shown, by pid; empty when none was shown
 * @param lastPid the thread's last post (the last floor of its last page) as shown; 0 when not shown
 */
public record SeenThread(long replies, List<Long> firstPagePids, Map<Long, Floor> floors, long lastPid) {
    public SeenThread {
        firstPagePids = List.copyOf(firstPagePids);
        floors = Map.copyOf(floors);
    }

    /** What a view showed: the count, the first page and the targets, not the last post. */
    public SeenThread(long replies, List<Long> firstPagePids, Map<Long, Floor> floors) {
        this(replies, firstPagePids, floors, 0);
    }

    /** Nothing shown: a command line that names its targets by id. */
    public static SeenThread nothing() {
        return new SeenThread(-1, List.of(), Map.of());
    }

    /**
     * A command line that says how many replies the thread has (they go with its first post) and which post is its
     * last: a reply deleted and another posted since leave the count as it was, never the last post.
     */
    public static SeenThread replies(long count, long lastPid) {
        return new SeenThread(count, List.of(), Map.of(), lastPid);
    }
}
