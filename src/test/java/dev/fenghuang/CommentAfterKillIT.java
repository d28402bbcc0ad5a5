package dev.fenghuang;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.Comment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program killed while its comment is on the wire: the site stored the comment and never answered. The
 * next {@code comment AID --draft} finds the comment on the site and does not post it a second time.
 */
class CommentAfterKillIT {
    private static final long AID = 8;

    @TempDir
    Path home;

    @Test
    void aCommentStoredBeforeAKillIsNotPostedAgain() throws Exception {
        killedWhileSending("强杀之后不会重复发表", Process::destroyForcibly);
    }

    @Test
    void aCommentStoredBeforeATermIsNotPostedAgain() throws Exception {
        killedWhileSending("终止信号之后不会重复发表", Process::destroy);
    }

    private void killedWhileSending(String text, Consumer<Process> kill) throws Exception {
        new WriteAfterKill(home).check(List.of("comment", String.valueOf(AID), "--message", text),
                List.of("comment", String.valueOf(AID), "--draft"), kill, false, watcher -> copies(watcher, text));
    }

    private static long copies(PortalSession watcher, String text) throws IOException {
        return watcher.reader().comments(AID, 1, true).comments().stream().map(Comment::text)
                .filter(text::equals).count();
    }
}
