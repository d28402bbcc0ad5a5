package dev.fenghuang.demo.forum.state;

import dev.fenghuang.demo.store.SiteMember;

/**
 * One post of a thread. The identity and the time are fixed; the text and the moderation state change, always under
 * the lock of {@link ForumData}.
 */
public final class ForumPost {
    public static final int VISIBLE = 0;
    public static final int RECYCLED = -5;
    public static final int PENDING = -2;
    public static final int IGNORED = -3;

    private final int pid;
    private final int tid;
    private SiteMember author;
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

    public int pid() {
        return pid;
    }

    public int tid() {
        return tid;
    }

    public synchronized SiteMember author() {
        return author;
    }

    /** Shows the post under another name (the hostile mode's names); the uid, and so every right, stays. */
    public synchronized void renameAuthor(String name) {
        author = new SiteMember(author.uid(), name);
    }

    public long dateline() {
        return dateline;
    }

    /** True for the thread's first post (楼主). */
    public boolean first() {
        return first;
    }

    /** The reply's own subject, "" for none. */
    public synchronized String subject() {
        return subject;
    }

    /** The stored BBCode source. */
    public synchronized String message() {
        return message;
    }

    public synchronized int invisible() {
        return invisible;
    }

    public synchronized boolean visible() {
        return invisible == VISIBLE;
    }

    public synchronized boolean pending() {
        return invisible == PENDING;
    }

    /** Blocked by a moderator (屏蔽, status bit 1). */
    public synchronized boolean banned() {
        return banned;
    }

    /** When the post entered the moderation queue. */
    synchronized long queuedAt() {
        return queuedAt;
    }

    /** The 点评 under the post, oldest first. */
    public synchronized java.util.List<PostComment> comments() {
        return java.util.List.copyOf(comments);
    }

    public synchronized void comment(PostComment comment) {
        comments.add(comment);
    }

    public synchronized void edit(String newSubject, String newMessage) {
        subject = newSubject;
        message = newMessage;
    }

    public synchronized void state(int newInvisible, long now) {
        invisible = newInvisible;
        if (newInvisible == PENDING) {
            queuedAt = now;
        }
    }

    public synchronized void ban(boolean on) {
        banned = on;
    }
}
