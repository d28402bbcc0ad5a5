package dev.fenghuang.store;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * That the reader opened something (an article, a forum thread), when, and how many comments (replies) it had then.
 *
 * @param readAt when it was marked read
 * @param commentsSeen the comment count it had then; empty when it was marked read unopened (a whole list at once)
 *     and its count was not known
 */
public record ReadMark(Instant readAt, OptionalLong commentsSeen) {
    /** The kind of a portal article's mark. */
    public static final String ARTICLE = "article";
    /** The kind of a forum thread's mark. */
    public static final String THREAD = "thread";
}
