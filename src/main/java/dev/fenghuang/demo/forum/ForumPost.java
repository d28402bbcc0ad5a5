package dev.fenghuang.demo.forum;

import dev.fenghuang.demo.store.SiteMember;

/**
 * One post of a thread. The identity and the time are fixed; the text and the moderation state change, always under
 * the lock of {@link ForumData}.
 */
final class ForumPost {
    static final int VISIBLE = 0;
    static final int RECYCLED = -5;
    static final int PENDING = -2;
    static final int IGNORED = -3;

    private final int pid;
    private final int tid;
    private final SiteMember author;
    private final long dateline;
    private final boolean first;
    private String subject;
    private String message;
    private int invisible;
    private boolean banned;
    private long queuedAt;
    private final java.util.List<PostComment> comments = new java.util.ArrayList<>();

    ForumPost(int pid, int tid, SiteMember author, long dateline, boolean first, String subject, String message) {
        this.pid = pid;
        this.tid = tid;
        this.author = author;
        this.dateline = dateline;
        this.first = first;
        this.subject = subject;
        this.message = message;
    }

    int pid() {
        return pid;
    }

    int tid() {
        return tid;
    }

    SiteMember author() {
        return author;
    }

    long dateline() {
        return dateline;
    }

    /** True for the thread's first post (楼主). */
    boolean first() {
        return first;
    }

    /** The reply's own subject, "" for none. */
    synchronized String subject() {
        return subject;
    }

    /** The stored BBCode source. */
    synchronized String message() {
        return message;
    }

    synchronized int invisible() {
        return invisible;
    }

    synchronized boolean visible() {
        return invisible == VISIBLE;
    }

    synchronized boolean pending() {
        return invisible == PENDING;
    }

    /** Blocked by a moderator (屏蔽, status bit 1). */
    synchronized boolean banned() {
        return banned;
    }

    /** When the post entered the moderation queue. */
    synchronized long queuedAt() {
        return queuedAt;
    }

    /** The 点评 under the post, oldest first. */
    synchronized java.util.List<PostComment> comments() {
        return java.util.List.copyOf(comments);
    }

    synchronized void comment(PostComment comment) {
        comments.add(comment);
    }

    synchronized void edit(String newSubject, String newMessage) {
        subject = newSubject;
        message = newMessage;
    }

    synchronized void state(int newInvisible, long now) {
        invisible = newInvisible;
        if (newInvisible == PENDING) {
            queuedAt = now;
        }
    }

    synchronized void ban(boolean on) {
        banned = on;
    }
}
