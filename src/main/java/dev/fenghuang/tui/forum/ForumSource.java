package dev.fenghuang.tui.forum;

import dev.fenghuang.app.forum.BoardRequest;
import dev.fenghuang.app.forum.ForumReader;
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

    /**
     * Drops what is kept of board {@code fid}'s list pages and of the forum index, so that the next read asks the site
     * (a reload: replies others wrote meanwhile change the counts).
     */
    void forgetBoard(int fid);

    /** The forum of a session, read through the application (and its cache). */
    static ForumSource over(ForumReader reader) {
        return new ForumSource() {
            @Override
            public ForumIndex index() throws IOException {
                return reader.index();
            }

            @Override
            public BoardPage board(int fid, int page, int typeId) throws IOException {
                return reader.board(BoardRequest.of(fid).withPage(page).withType(typeId));
            }

            @Override
            public ThreadPage thread(long tid, int page, long authorId) throws IOException {
                return reader.thread(tid, page, authorId);
            }

            @Override
            public String link(long tid, int page) {
                return reader.threadUrl(tid, page).toString();
            }

            @Override
            public void forgetBoard(int fid) {
                reader.invalidateBoard(fid);
            }
        };
    }
}
