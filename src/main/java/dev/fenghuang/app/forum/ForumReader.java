package dev.fenghuang.app.forum;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.site.forum.BoardQuery;
import dev.fenghuang.site.forum.ForumReading;
import java.io.IOException;
import java.net.URI;

/**
 * The application's forum reading, shared by the CLI and the TUI: the index, a board's thread list and a thread's
 * pages, through the same page cache as the portal. A page already seen costs no request; {@code refresh} bypasses
 * the cache; writes call {@link #invalidateThread} and {@link #invalidateBoard} for what they changed.
 *
 * <p>A page past the end is an empty page numbered as asked with {@code pageCount} below it (see
 * {@link ForumReading}); the caller tells the user.
 */
public final class ForumReader {
    private final ForumReading forum;
    private final PageCache cache;

    public ForumReader(ForumReading forum, PageCache cache) {
        this.forum = forum;
        this.cache = cache;
    }

    /** The forum index: statistics, categories, boards with their counts, sub-boards, moderators and last post. */
    public ForumIndex index() throws IOException {
        return index(false);
    }

    public ForumIndex index(boolean refresh) throws IOException {
        return read(CacheKey.forumIndex(), forum::index, refresh);
    }

    /** One page of a board's thread list. */
    public BoardPage board(BoardRequest request) throws IOException {
        return board(request, false);
    }

    public BoardPage board(BoardRequest request, boolean refresh) throws IOException {
        BoardQuery query = new BoardQuery(request.fid(), request.page(), request.typeId(), request.digestOnly(),
                request.order());
        return read(CacheKey.board(request.fid(), request.page(), request.filter()), () -> forum.board(query),
                refresh);
    }

    /**
     * One page of a thread.
     *
     * @param authorId 0 for every floor, or the member whose posts alone to show (只看该作者)
     */
    public ThreadPage thread(long tid, int page, long authorId) throws IOException {
        return thread(tid, page, authorId, false);
    }

    public ThreadPage thread(long tid, int page, long authorId, boolean refresh) throws IOException {
        return read(CacheKey.thread(tid, page, authorId), () -> forum.thread(tid, page, authorId), refresh);
    }

    /**
     * The page holding the thread's Nth floor as the site counts floors now (电梯直达). Always asked of the site,
     * since deletions move floors between pages; the page it answers is kept as that page of the thread.
     */
    public ThreadPage threadAtFloor(long tid, int floor) throws IOException {
        return keep(forum.threadAtFloor(tid, floor));
    }

    /** The page holding a post, asked of the site for the same reason as {@link #threadAtFloor}. */
    public ThreadPage threadWithPost(long tid, long pid) throws IOException {
        return keep(forum.threadWithPost(tid, pid));
    }

    /** The thread's last page, asked of the site (a reply may have added one). */
    public ThreadPage lastPage(long tid) throws IOException {
        return keep(forum.lastPage(tid));
    }

    /** Forgets every cached page of the thread, after a write to it (a reply, an edit, a moderator's tool). */
    public void invalidateThread(long tid) {
        cache.forget(k -> k.kind() == CacheKey.Kind.THREAD && k.id() == tid);
    }

    /** Forgets every cached page of the board's list and the forum index, whose counts and last post it changes. */
    public void invalidateBoard(int fid) {
        cache.forget(k -> k.kind() == CacheKey.Kind.FORUM_INDEX
                || k.kind() == CacheKey.Kind.BOARD && k.id() == fid);
    }

    /** The address of a thread page in a browser. */
    public URI threadUrl(long tid, int page) {
        return forum.urls().thread(tid, page, 0);
    }

    /** The address of a board's first page in a browser. */
    public URI boardUrl(int fid) {
        return forum.urls().board(BoardQuery.of(fid));
    }

    private ThreadPage keep(ThreadPage page) throws IOException {
        if (page.authorFilter() == 0 && !page.floors().isEmpty()) {
            cache.refresh(CacheKey.thread(page.tid(), page.page(), 0), () -> page);
        }
        return page;
    }

    private <T> T read(CacheKey key, PageCache.Loader<T> loader, boolean refresh) throws IOException {
        return refresh ? cache.refresh(key, loader) : cache.get(key, loader);
    }
}
