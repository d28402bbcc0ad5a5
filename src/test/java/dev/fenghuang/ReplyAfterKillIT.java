package dev.fenghuang;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.forum.PostBlock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program killed while its forum reply is on the wire: the site stored the reply and never answered. The
 * next {@code reply TID --draft} finds it among the thread's newest floors and does not post it a second time.
 */
class ReplyAfterKillIT {
    private static final long TID = 1;

    @TempDir
    Path home;

    @Test
    void aReplyStoredBeforeAKillIsNotPostedAgain() throws Exception {
        String text = "回复途中被强杀也不会重复";
        new WriteAfterKill(home).check(List.of("reply", String.valueOf(TID), "--message", text),
                List.of("reply", String.valueOf(TID), "--draft"), Process::destroyForcibly, true,
                watcher -> copies(watcher, text));
    }

    private static long copies(PortalSession watcher, String text) {
        try {
            return watcher.participation().forum().newestFloors(TID).floors().stream()
                    .filter(f -> f.blocks().stream().anyMatch(b -> b instanceof PostBlock.Paragraph p
                            && p.text().contains(text))).count();
        } catch (IOException stalled) {
            return 0;
        }
    }
}
