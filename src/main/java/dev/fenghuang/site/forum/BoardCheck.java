package dev.fenghuang.site.forum;

import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadTool;
import java.io.IOException;
import java.util.Optional;

/**
 * Confirms stick and digest by the board's list (5.8: the thread page does not show them): the board's list (its
 * first pages, unfiltered: a stuck thread leads page 1 there) shows the thread with the level asked for.
 */
final class BoardCheck {
    static final int MAX_PAGES = 5;

    private BoardCheck() {
    }

    static Fate fate(ForumReading reading, int fid, long tid, ThreadTool tool) throws IOException {
        if (tool instanceof ThreadTool.Stick stick) {
            Optional<ThreadRow> row = find(reading, BoardQuery.of(fid), tid);
            return row.map(r -> r.stickyLevel() == stick.level() ? Fate.APPLIED : Fate.NOT_APPLIED)
                    .orElse(Fate.UNKNOWN);
        }
        if (tool instanceof ThreadTool.Digest digest) {
            Optional<ThreadRow> row = find(reading, BoardQuery.of(fid), tid);
            return row.map(r -> r.digestLevel() == digest.level() ? Fate.APPLIED : Fate.NOT_APPLIED)
                    .orElse(Fate.UNKNOWN);
        }
        return Fate.UNKNOWN;
    }

    /** The thread's row within the first {@value #MAX_PAGES} pages of the list. */
    private static Optional<ThreadRow> find(ForumReading reading, BoardQuery query, long tid) throws IOException {
        for (int p = 1; p <= MAX_PAGES; p++) {
            BoardPage page = reading.board(query.withPage(p));
            Optional<ThreadRow> row = row(page, tid);
            if (row.isPresent() || p >= page.pageCount()) {
                return row;
            }
        }
        return Optional.empty();
    }

    private static Optional<ThreadRow> row(BoardPage page, long tid) {
        return page.threads().stream().filter(r -> r.tid() == tid && !r.moved()).findFirst();
    }
}
