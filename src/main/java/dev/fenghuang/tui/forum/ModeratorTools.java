package dev.fenghuang.tui.forum;

import dev.fenghuang.app.forum.ForumModeration;
import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.model.forum.SeenThread;
import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.model.forum.ToolResult;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The thread tools (5.8) as the thread view uses them, and whether this account was offered them: a thread page
 * showing the tools' menu says so, and only then are the tools' keys shown and taken.
 */
public final class ModeratorTools {
    /**
     * Uses a tool on a thread, off the UI thread, only while the thread shows what was {@code seen}
     * ({@link dev.fenghuang.model.forum.ThreadChanged} otherwise); the site's refusal throws with its words.
     */
    @FunctionalInterface
    public interface Apply {
        ToolResult apply(long tid, int fid, ThreadTool tool, String reason, SeenThread seen) throws IOException;
    }

    private final Apply apply;
    private volatile boolean offered;

    public ModeratorTools(Apply apply) {
        this.apply = apply;
    }

    /**
     * The tools of a session: through its forum moderation (made when first used), logged as the CLI's are; the
     * thread's cached pages and its board's list (and the target board's, for a move) are dropped after each use.
     */
    public static ModeratorTools over(Supplier<ForumModeration> moderation, ForumReader reader) {
        return new ModeratorTools((tid, fid, tool, reason, seen) -> {
            try {
                return moderation.get().threadTool(tid, tool, reason, seen);
            } finally {
                reader.invalidateThread(tid);
                if (fid > 0) {
                    reader.invalidateBoard(fid);
                }
                if (tool instanceof ThreadTool.Move move) {
                    reader.invalidateBoard(move.fid());
                }
            }
        });
    }

    ToolResult apply(long tid, int fid, ThreadTool tool, String reason, SeenThread seen) throws IOException {
        return apply.apply(tid, fid, tool, reason, seen);
    }

    /** Notes that a thread page drew the tools' menu for this account. */
    void offeredOnAPage() {
        offered = true;
    }

    /** Whether a thread page read in this run offered the tools to this account. */
    public boolean offered() {
        return offered;
    }
}
