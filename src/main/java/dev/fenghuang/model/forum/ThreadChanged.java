package dev.fenghuang.model.forum;

import java.io.IOException;

/**
 * The thread read again before a thread tool is sent is not what the moderator was shown (a new reply, a post's
 * text edited), or the deletion of its first post did not say how many replies go with it: nothing was sent.
 */
public final class ThreadChanged extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why nothing was sent. */
    public enum Why {
        /** The thread has another count of replies, or other posts on its first page, than were shown. */
        REPLIES,
        /** The thread's last post is not the one shown: a reply came (and maybe another went) since. */
        LAST_POST,
        /** A target post's text is not the text shown: its author (or someone) edited it. */
        TEXT,
        /** The first post was to be deleted, and with it the thread's replies, but their count was not said. */
        REPLIES_NOT_SAID
    }

    private final transient Why why;
    private final long tid;
    private final long repliesNow;
    private final long repliesSeen;
    private final long pid;
    private final String textNow;
    private final long lastNow;
    private final long lastSeen;

    private ThreadChanged(Why why, long tid, long repliesNow, long repliesSeen, long pid, String textNow) {
        this(why, tid, repliesNow, repliesSeen, pid, textNow, 0, 0);
    }

    private ThreadChanged(Why why, long tid, long repliesNow, long repliesSeen, long pid, String textNow, long lastNow,
                          long lastSeen) {
        super(switch (why) {
            case REPLIES -> "thread " + tid + " has " + repliesNow + " replies, not " + repliesSeen + " as shown";
            case LAST_POST -> "thread " + tid + " ends with post " + lastNow + ", not " + lastSeen + " as shown";
            case TEXT -> "post " + pid + " of thread " + tid + " changed since it was shown";
            case REPLIES_NOT_SAID -> "post " + pid + " is the first post of thread " + tid + " (" + repliesNow
                    + " replies go with it)";
        });
        this.why = why;
        this.tid = tid;
        this.repliesNow = repliesNow;
        this.repliesSeen = repliesSeen;
        this.pid = pid;
        this.textNow = textNow;
        this.lastNow = lastNow;
        this.lastSeen = lastSeen;
    }

    /** The thread has {@code now} replies (or other first-page posts) where {@code seen} were shown. */
    public static ThreadChanged replies(long tid, long now, long seen) {
        return new ThreadChanged(Why.REPLIES, tid, now, seen, 0, "");
    }

    /** The thread's last post is {@code lastPid} where {@code seenPid} was shown. */
    public static ThreadChanged lastPost(long tid, long lastPid, long seenPid) {
        return new ThreadChanged(Why.LAST_POST, tid, -1, -1, 0, "", lastPid, seenPid);
    }

    /** Post {@code pid} now reads {@code text}. */
    public static ThreadChanged text(long tid, long pid, String text) {
        return new ThreadChanged(Why.TEXT, tid, -1, -1, pid, text == null ? "" : text);
    }

    /** Post {@code pid} is the first post; {@code replies} would go with it, the last being {@code lastPid}. */
    public static ThreadChanged repliesNotSaid(long tid, long pid, long replies, long lastPid) {
        return new ThreadChanged(Why.REPLIES_NOT_SAID, tid, replies, -1, pid, "", lastPid, 0);
    }

    public Why why() {
        return why;
    }

    public long tid() {
        return tid;
    }

    /** The thread's replies now. */
    public long repliesNow() {
        return repliesNow;
    }

    /** The replies shown or said; -1 when not said. */
    public long repliesSeen() {
        return repliesSeen;
    }

    /** The thread's last post now (for {@link Why#LAST_POST} and {@link Why#REPLIES_NOT_SAID}); 0 otherwise. */
    public long lastNow() {
        return lastNow;
    }

    /** The last post shown or said (for {@link Why#LAST_POST}); 0 otherwise. */
    public long lastSeen() {
        return lastSeen;
    }

    /** The post changed or the first post; 0 when about the thread. */
    public long pid() {
        return pid;
    }

    /** The post's text now, for {@link Why#TEXT}; "" otherwise. */
    public String textNow() {
        return textNow;
    }
}
