package dev.fenghuang.app.forum;

import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.site.forum.BoardQuery;
import dev.fenghuang.site.forum.ForumReading;
import java.io.IOException;

/**
 * The forum's pages as the terminal reader asks for them: the index, a page of a board, a page of a thread. A thin
 * door over {@link ForumReading} (its failures and its empty pages past the end are this class's too).
 */
public final class ForumPages {
    private final ForumReading reading;

    public ForumPages(ForumReading reading) {
        this.reading = reading;
    }

    public ForumIndex index() throws IOException {
        return reading.index();
    }

    /** Page {@code page} of board {@code fid}, filtered on thread type {@code typeId} (0: all). */
    public BoardPage board(int fid, int page, int typeId) throws IOException {
        return reading.board(BoardQuery.of(fid).withPage(page).withType(typeId));
    }

    /** Page {@code page} of thread {@code tid}; {@code authorId} 0 for every floor, else that member's only. */
    public ThreadPage thread(long tid, int page, long authorId) throws IOException {
        return reading.thread(tid, page, authorId);
    }
}
