package dev.fenghuang.tui.forum;

import dev.fenghuang.app.forum.ForumPages;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.ThreadPage;
import java.io.IOException;

/**
 * Where the forum tab reads from. Each call reads one page of the site and runs off the UI thread; a page past the
 * end comes back empty with {@code page > pageCount}.
 */
public interface ForumSource {
    ForumIndex index() throws IOException;

    /** Page {@code page} of board {@code fid}, filtered on thread type {@code typeId} (0: all). */
    BoardPage board(int fid, int page, int typeId) throws IOException;

    /** Page {@code page} of thread {@code tid}; {@code authorId} 0 for every floor, else that member's only. */
    ThreadPage thread(long tid, int page, long authorId) throws IOException;

    /** The address of a thread's page, for open and copy; null when unknown. */
    String link(long tid, int page);

    /** The forum of a session, read through the application. */
    static ForumSource over(ForumPages pages, String base) {
        String root = base.endsWith("/") ? base : base + "/";
        return new ForumSource() {
            @Override
            public ForumIndex index() throws IOException {
                return pages.index();
            }

            @Override
            public BoardPage board(int fid, int page, int typeId) throws IOException {
                return pages.board(fid, page, typeId);
            }

            @Override
            public ThreadPage thread(long tid, int page, long authorId) throws IOException {
                return pages.thread(tid, page, authorId);
            }

            @Override
            public String link(long tid, int page) {
                return root + "forum.php?mod=viewthread&tid=" + tid + (page > 1 ? "&page=" + page : "");
            }
        };
    }
}
