package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in tmux at 80×24, taking part as a user would: sign in with the form, write a comment in the
 * inline editor, send it with Ctrl-S (flow control must not swallow it) and read it back from the screen.
 */
class TerminalWriteIT {
    @TempDir
    Path home;

    @Test
    void signsInPostsACommentAndShowsIt() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1; echo EXIT-$?");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("[游客]"), TerminalReaderIT.WAIT);

            tmux.keys("L");
            tmux.await(s -> s.contains("用户名") && s.contains("保持登录"), TerminalReaderIT.WAIT);
            tmux.type("reader1");
            tmux.keys("Tab");
            tmux.type("reader123");
            String form = tmux.await(s -> s.contains("（已输入，不显示）"), TerminalReaderIT.WAIT);
            assertThat(form).doesNotContain("reader123");
            tmux.keys("Enter");
            tmux.await(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("[reader1]"), TerminalReaderIT.WAIT);

            tmux.keys("C");
            tmux.await(s -> s.contains("Ctrl-S 发送"), TerminalReaderIT.WAIT);
            tmux.type("从终端发表的评论，“巾帼”—·好！");
            tmux.await(s -> s.contains("从终端发表的评论"), TerminalReaderIT.WAIT);
            tmux.keys("C-s");
            tmux.await(s -> s.contains("评论已发表"), TerminalReaderIT.WAIT);

            tmux.keys("G");
            String end = tmux.await(s -> s.contains("1. reader1") && s.contains("评论 (1)"), TerminalReaderIT.WAIT);
            assertThat(end).contains("从终端发表的评论，“巾帼”—·好！");

            tmux.keys("q");
            tmux.keys("Q"); // q would go up to the sections: from --open, q shows the list first
            tmux.await(s -> s.contains("EXIT-0"), TerminalReaderIT.WAIT);
            assertThat(tmux.tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("0");
        }
    }
}
