package dev.fenghuang.site.forum;

import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadTool;
import java.io.IOException;
import java.util.Optional;

/**
 * Confirms stick and digest by the board's list (5.8: the thread page does not show them): the first page of the
 * board, or of its 精华 filter, lists the thread with the level asked for.
 */
final class BoardCheck {
    private BoardCheck() {
    }

    static Fate fate(ForumReading reading, int fid, long tid, ThreadTool tool) throws IOException {
        if (tool instanceof ThreadTool.Stick stick) {
            Optional<ThreadRow> row = row(reading.board(BoardQuery.of(fid)), tid);
            return row.map(r -> r.stickyLevel() == stick.level() ? Fate.APPLIED : Fate.NOT_APPLIED)
                    .orElse(Fate.UNKNOWN);
        }
        if (tool instanceof ThreadTool.Digest digest) {
            BoardQuery query = BoardQuery.of(fid).withDigestOnly(digest.level() > 0);
            Optional<ThreadRow> row = row(reading.board(query), tid);
            return row.map(r -> r.digestLevel() == digest.level() ? Fate.APPLIED : Fate.NOT_APPLIED)
                    .orElse(Fate.UNKNOWN);
        }
        return Fate.UNKNOWN;
    }

    private static Optional<ThreadRow> row(BoardPage page, long tid) {
        return page.threads().stream().filter(r -> r.tid() == tid && !r.moved()).findFirst();
    }
}
