package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article list of the built program in tmux: at 120x40 each entry has its summary and, for an article read,
 * its comment count under the title; at 80x24 one line an entry.
 */
class WideListIT {
    static final String SUMMARY = "11月1日,全省“巾帼脱贫行动”";

    @TempDir
    Path home;

    private static void openListAfterReading(TmuxSession tmux) throws Exception {
        tmux.await(s -> s.contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开"), TerminalReaderIT.WAIT);
        tmux.keys("h");
        tmux.keys(":");
        tmux.type("catid 2");
        tmux.keys("Enter");
        tmux.await(s -> s.contains("1/2"), TerminalReaderIT.WAIT);
        tmux.keys("]");
    }

    @Test
    void aWideWindowShowsSummaryAndCommentCount() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 120, 40)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1");
            tmux.keys("Enter");
            openListAfterReading(tmux);
            String list = tmux.await(s -> s.contains("2/2") && s.contains(SUMMARY), TerminalReaderIT.WAIT);

            assertThat(list.lines().filter(l -> l.contains("评论 0 · " + SUMMARY)).count()).isEqualTo(1);
            assertThat(list.lines().filter(l -> l.matches(".*│ {12}\\S.*")).count()).isGreaterThan(2);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }

    @Test
    void aNarrowWindowShowsOneLineAnEntry() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1");
            tmux.keys("Enter");
            openListAfterReading(tmux);
            String list = tmux.await(s -> s.contains("2/2"), TerminalReaderIT.WAIT);

            assertThat(list).doesNotContain(SUMMARY).doesNotContain("评论 0");
            // one row an entry, each a date and a title; the article read is the one selected
            String[] rows = list.split("\n");
            assertThat(rows[1]).matches("[> ]20.*");
            assertThat(rows[2]).matches("[> ]20.*");
            assertThat(list.lines().filter(l -> l.startsWith(">20")).count()).isEqualTo(1);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }
}
