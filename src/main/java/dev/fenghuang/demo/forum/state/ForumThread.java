package dev.fenghuang.demo.forum.state;

import dev.fenghuang.demo.store.SiteMember;
import java.util.ArrayList;
import java.util.List;

/**
 * One thread (主题) with its posts in pid order. The identity is fixed; the board, subject, moderation state and
 * marks change under the lock of {@link ForumData}.
 */
public final class ForumThread {
    public static final int LISTED = 0;
    public static final int RECYCLED = -1;
    public static final int PENDING = -2;
    public static final int IGNORED = -3;

    private final int tid;
    private SiteMember author;
    private final long dateline;
    private final boolean poll;
    private final List<ForumPost> posts = new ArrayList<>();
    private int fid;
    private int typeid;
    private String subject;
    private int views;
    private int sticky;
    private int digest;
    private boolean closed;
    private int highlight;
    private int state;
    private long queuedAt;
    private String modAction = "";
    private long modActionTime;
    private boolean newbieStamp;
    private int gapPage;
    private int movedTo;

    ForumThread(int tid, int fid, int typeid, String subject, SiteMember author, long dateline, boolean poll) {
        this.tid = tid;
        this.fid = fid;
        this.typeid = typeid;
        this.subject = subject;
        this.author = author;
        this.dateline = dateline;
        this.poll = poll;
    }

    public int tid() {
        return tid;
    }

    public synchronized SiteMember author() {
        return author;
    }

    /** Shows the thread under another starter's name (the hostile mode's names); the uid, and so every right, stays. */
    public synchronized void renameAuthor(String name) {
        author = new SiteMember(author.uid(), name);
    }

    public long dateline() {
        return dateline;
    }

    /** A poll (投票) thread. */
    public boolean poll() {
        return poll;
    }

    public synchronized int fid() {
        return fid;
    }

    public synchronized int typeid() {
        return typeid;
    }

    public synchronized String subject() {
        return subject;
    }

    public synchronized int views() {
        return views;
    }

    /** 0 none, 1 本版置顶, 2 分类置顶, 3 全局置顶. */
    public synchronized int sticky() {
        return sticky;
    }

    /** 0 none, 1 to 3 精华 level. */
    public synchronized int digest() {
        return digest;
    }

    public synchronized boolean closed() {
        return closed;
    }

    /** Discuz's highlight number: tens the style bits (4 bold, 2 italic, 1 underline), units the colour 1–8. */
    public synchronized int highlight() {
        return highlight;
    }

    /** {@link #LISTED}, {@link #RECYCLED}, {@link #PENDING} or {@link #IGNORED}. */
    public synchronized int state() {
        return state;
    }

    public synchronized boolean listed() {
        return state == LISTED;
    }

    public synchronized long queuedAt() {
        return queuedAt;
    }

    /** The last moderation action as the thread page names it (关闭, 加入精华 …), "" for none. */
    public synchronized String modAction() {
        return modAction;
    }

    public synchronized long modActionTime() {
        return modActionTime;
    }

    /** The 新人帖 stamp of a member's first thread. */
    public synchronized boolean newbieStamp() {
        return newbieStamp;
    }

    /** Every post, whatever its state, in pid order. */
    public synchronized List<ForumPost> allPosts() {
        return List.copyOf(posts);
    }

    /** The posts everyone sees, in pid order. */
    public synchronized List<ForumPost> visiblePosts() {
        return posts.stream().filter(ForumPost::visible).toList();
    }

    public synchronized ForumPost firstPost() {
        return posts.get(0);
    }

    /** Visible replies: the REPLIES number of lists and of the page. */
    public synchronized int replies() {
        return (int) posts.stream().filter(p -> !p.first() && p.visible()).count();
    }

    /** Visible replies plus 点评: the number lists and the thread page print (4.2, 4.7). */
    public synchronized int allReplies() {
        return replies() + visiblePosts().stream().mapToInt(p -> p.comments().size()).sum();
    }

    /** The newest visible post. */
    public synchronized ForumPost lastPost() {
        List<ForumPost> visible = visiblePosts();
        return visible.get(visible.size() - 1);
    }

    /** 0 none, 1 a file, 2 an image among the visible posts' attachments. */
    public synchronized int attachment() {
        int kind = 0;
        for (ForumPost post : visiblePosts()) {
            if (post.message().contains("[attachimg]")) {
                return 2;
            }
            if (post.message().contains("[attach]")) {
                kind = 1;
            }
        }
        return kind;
    }

    synchronized void add(ForumPost post) {
        posts.add(post);
    }

    public synchronized void viewed() {
        views++;
    }

    public synchronized void views(int count) {
        views = count;
    }

    public synchronized void state(int newState, long now) {
        state = newState;
        if (newState == PENDING) {
            queuedAt = now;
        }
    }

    public synchronized void stick(int level) {
        sticky = level;
    }

    public synchronized void digest(int level) {
        digest = level;
    }

    public synchronized void close(boolean on) {
        closed = on;
    }

    public synchronized void highlight(int value) {
        highlight = value;
    }

    public synchronized void move(int toFid, int toTypeid) {
        fid = toFid;
        typeid = toTypeid;
    }

    public synchronized void retitle(String newSubject) {
        subject = newSubject;
    }

    public synchronized void moderated(String action, long now) {
        modAction = action;
        modActionTime = now;
    }

    /**
     * Notes that a post on this page left the visible list (deleted or held): floors are counted from now on, and
     * the next view of that page or a later one answers a 302 to itself once (4.3, pitfall 32).
     */
    synchronized void gap(int page) {
        gapPage = gapPage == 0 ? page : Math.min(gapPage, page);
    }

    /** True, once, when a view of this page must first answer the self-302 of a gap. */
    public synchronized boolean takeGap(int page) {
        if (gapPage == 0 || page < gapPage) {
            return false;
        }
        gapPage = 0;
        return true;
    }

    /** The tid a move stub (保留转向) points to, 0 for a real thread. */
    public synchronized int movedTo() {
        return movedTo;
    }

    synchronized void pointTo(int tid) {
        movedTo = tid;
        closed = true;
    }

    public synchronized void stamp() {
        newbieStamp = true;
    }
}
