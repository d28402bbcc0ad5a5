package dev.fenghuang.demo.forum.state;

import dev.fenghuang.demo.store.SiteMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The forum a running demo portal keeps: categories and boards, threads with their posts, attachments, thread
 * favourites and the moderation panels' sessions. Empty until
 * {@link dev.fenghuang.demo.forum.seed.SeedThreads#plant} fills it.
 */
public final class ForumData {
    /** Posts on a thread page ({@code postperpage}, 10 by default: 4.3). */
    public static final int POSTS_PER_PAGE = 10;

    private final Map<Integer, Board> boards = new LinkedHashMap<>();
    private final Map<Integer, ForumThread> threads = new LinkedHashMap<>();
    private final Map<Integer, ForumAttachment> attachments = new LinkedHashMap<>();
    private final AtomicInteger lastTid = new AtomicInteger();
    private final AtomicInteger lastPid = new AtomicInteger();
    private final ThreadFavorites favorites = new ThreadFavorites();
    private final ModcpSessions modcpSessions = new ModcpSessions();
    private final ForumSearches searches = new ForumSearches();

    public ForumData() {
    }

    public synchronized void addBoard(Board board) {
        boards.put(board.fid(), board);
    }

    public synchronized void addAttachment(ForumAttachment attachment) {
        attachments.put(attachment.aid(), attachment);
    }

    public synchronized Optional<ForumAttachment> attachment(int aid) {
        return Optional.ofNullable(attachments.get(aid));
    }

    public synchronized Optional<Board> board(int fid) {
        return Optional.ofNullable(boards.get(fid));
    }

    /** The categories, in order. */
    public synchronized List<Board> categories() {
        return boards.values().stream().filter(Board::isCategory).toList();
    }

    /** The top-level boards of a category. */
    public synchronized List<Board> boardsOf(int gid) {
        return boards.values().stream().filter(b -> b.gid() == gid && b.parentFid() == 0).toList();
    }

    public synchronized List<Board> subBoards(int fid) {
        return boards.values().stream().filter(b -> b.parentFid() == fid).toList();
    }

    /** Every board that is not a category, sub-boards after their parent. */
    public synchronized List<Board> allBoards() {
        List<Board> all = new ArrayList<>();
        for (Board category : categories()) {
            for (Board board : boardsOf(category.fid())) {
                all.add(board);
                all.addAll(subBoards(board.fid()));
            }
        }
        return all;
    }

    public synchronized Optional<ForumThread> thread(int tid) {
        return Optional.ofNullable(threads.get(tid));
    }

    public synchronized List<ForumThread> threads() {
        return List.copyOf(threads.values());
    }

    /** The listed threads of a board, whatever their order. */
    public synchronized List<ForumThread> listed(int fid) {
        return threads.values().stream().filter(t -> t.fid() == fid && t.listed()).toList();
    }

    public synchronized Optional<ForumPost> post(int pid) {
        for (ForumThread thread : threads.values()) {
            for (ForumPost post : thread.allPosts()) {
                if (post.pid() == pid) {
                    return Optional.of(post);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts a thread with its first post; the caller sets its state. */
    public synchronized ForumThread start(int fid, int typeid, String subject, SiteMember author, long now, String message,
            boolean poll) {
        ForumThread thread = new ForumThread(lastTid.incrementAndGet(), fid, typeid, subject, author, now, poll);
        thread.add(new ForumPost(lastPid.incrementAndGet(), thread.tid(), author, now, true, subject, message));
        threads.put(thread.tid(), thread);
        return thread;
    }

    /**
     * Leaves a move stub (保留转向) in the board a thread left: a closed row of its own tid that links to the moved
     * thread, dated at its last post.
     */
    public synchronized ForumThread stub(ForumThread moved, int oldFid) {
        ForumPost last = moved.lastPost();
        ForumThread stub = new ForumThread(lastTid.incrementAndGet(), oldFid, 0, moved.subject(), moved.author(),
                moved.dateline(), false);
        stub.add(new ForumPost(lastPid.incrementAndGet(), stub.tid(), last.author(), last.dateline(), true,
                moved.subject(), ""));
        stub.pointTo(moved.tid());
        threads.put(stub.tid(), stub);
        return stub;
    }

    public synchronized ForumPost reply(ForumThread thread, SiteMember author, long now, String subject, String message) {
        ForumPost post = new ForumPost(lastPid.incrementAndGet(), thread.tid(), author, now, false, subject, message);
        thread.add(post);
        return post;
    }

    /** Threads that wait in the queue (ignored ones with {@code ignored}), newest queue entry first. */
    public synchronized List<ForumThread> queuedThreads(boolean ignored) {
        int state = ignored ? ForumThread.IGNORED : ForumThread.PENDING;
        return threads.values().stream().filter(t -> t.state() == state)
                .sorted(Comparator.comparingLong(ForumThread::queuedAt).thenComparingInt(ForumThread::tid).reversed())
                .toList();
    }

    /** Replies (not first posts) that wait in the queue, newest first. */
    public synchronized List<ForumPost> queuedReplies(boolean ignored) {
        int state = ignored ? ForumPost.IGNORED : ForumPost.PENDING;
        return threads.values().stream().filter(ForumThread::listed).flatMap(t -> t.allPosts().stream())
                .filter(p -> !p.first() && p.invisible() == state)
                .sorted(Comparator.comparingLong(ForumPost::queuedAt).thenComparingInt(ForumPost::pid).reversed())
                .toList();
    }

    /**
     * Takes a post out of the visible list (held, {@link ForumPost#PENDING}, or recycled) and marks the page it
     * held, or would have held, for the self-302.
     */
    public synchronized void hide(ForumThread thread, ForumPost post, int state, long now) {
        List<ForumPost> visible = thread.visiblePosts();
        int index = visible.indexOf(post);
        int position = index < 0 ? visible.size() : index;
        post.state(state, now);
        thread.gap(position / ForumData.POSTS_PER_PAGE + 1);
    }

    /** Whether the member has a visible post in the thread (for {@code [hide]}). */
    public synchronized boolean repliedTo(ForumThread thread, SiteMember member) {
        return !member.guest() && thread.visiblePosts().stream().anyMatch(p -> p.author().uid() == member.uid());
    }

    /** One entry of the moderation log ({@code forum_threadmod}): who did what to a thread, and why. */
    record LogEntry(int tid, String moderator, String action, String reason) {
    }

    private final List<LogEntry> log = new ArrayList<>();

    public synchronized void log(int tid, String moderator, String action, String reason) {
        log.add(new LogEntry(tid, moderator, action, reason));
    }

    /** The moderation log, oldest first, as {@code TID MODERATOR ACTION: REASON} lines. */
    public synchronized List<String> moderationLog() {
        return log.stream().map(e -> e.tid() + " " + e.moderator() + " " + e.action() + ": " + e.reason()).toList();
    }

    /**
     * A post's state by name, for tests: visible, banned, pending, ignored, recycled or missing. The posts of a thread
     * in the recycle bin are recycled with it (5.8: a deleted thread answers 404 to everyone, its posts with it).
     */
    public synchronized String postState(int pid) {
        return post(pid).map(p -> inRecycledThread(p) ? "recycled" : switch (p.invisible()) {
            case ForumPost.PENDING -> "pending";
            case ForumPost.IGNORED -> "ignored";
            case ForumPost.RECYCLED -> "recycled";
            default -> p.banned() ? "banned" : "visible";
        }).orElse("missing");
    }

    private boolean inRecycledThread(ForumPost post) {
        return thread(post.tid()).map(t -> t.state() == ForumThread.RECYCLED).orElse(false);
    }

    /** Ends every moderation panel session. */
    public void endModcpSessions() {
        modcpSessions.endAll();
    }

    public ThreadFavorites favorites() {
        return favorites;
    }

    public ForumSearches searches() {
        return searches;
    }

    public ModcpSessions modcpSessions() {
        return modcpSessions;
    }
}
