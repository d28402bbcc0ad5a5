package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.model.PostResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mod search --delete} without ids, run by the built program in tmux: it prints the page and asks, and the
 * answer deletes exactly what it printed, not a comment that arrived while the question waited.
 */
class ModSearchAtATerminalIT {
    @TempDir
    Path home;
    @TempDir
    Path readerHome;

    @Test
    void deletesWhatItShowedAndNotWhatArrivedWhileItAsked() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (DemoSession demo = DemoSession.open(readerHome);
             TmuxSession tmux = new TmuxSession(home, 100, 40)) {
            var reader = demo.session().participation();
            assertThat(reader.login("reader1", "reader123".toCharArray(), 0, "", false, "").accepted()).isTrue();
            assertThat(reader.comment(8, "问之前就在的评论")).isInstanceOf(PostResult.Posted.class);
            String mod = "FENGHUANG_PASSWORD=admin123 " + launcher + " --site " + demo.baseUrl() + " --lang en ";
            tmux.type("clear; " + mod + "login --username admin && " + mod + "mod search --aid 8 --delete; echo EXIT-$?");
            tmux.keys("Enter");
            String asked = tmux.await(s -> s.contains("Delete these 1 comments? [y/N]"), TerminalReaderIT.WAIT);
            assertThat(asked).contains("问之前就在的评论");

            demo.advanceClock(Duration.ofMinutes(1));
            assertThat(reader.comment(8, "问的时候才来的评论")).isInstanceOf(PostResult.Posted.class);
            tmux.type("y");
            tmux.keys("Enter");
            assertThat(tmux.await(s -> s.contains("EXIT-"), TerminalReaderIT.WAIT)).contains("1 of 1 decisions")
                    .contains("EXIT-0");

            assertThat(demo.session().reader().comments(8, 1, true).comments())
                    .extracting(c -> c.text()).containsExactly("问的时候才来的评论");
        }
    }
}
