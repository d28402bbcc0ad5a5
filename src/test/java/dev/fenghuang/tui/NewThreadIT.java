package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in tmux at 80×24 on the demo portal's forum: signed in as reader1, P on 渠县杂谈's list asks the
 * subject and the type, the editor takes the body, Ctrl-S posts it; the new thread opens, and back on the board it is
 * at the top of the list.
 */
class NewThreadIT {
    @TempDir
    Path home;

    @Test
    void aThreadStartedFromTheTabAppearsOnTheBoard() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            ItSteps.startOnDemo(tmux, launcher);
            ItSteps.signIn(tmux, "reader1", "reader123");
            ItSteps.openFirstBoard(tmux);
            tmux.type("P");
            tmux.await(s -> s.contains("标题："), TerminalReaderIT.WAIT);
            tmux.type("终端里发的新主题");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("分类（1 求助"), TerminalReaderIT.WAIT);
            tmux.type("3");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("在 渠县杂谈 发表新主题：终端里发的新主题 [分享]"), TerminalReaderIT.WAIT);
            tmux.type("在终端里写的新主题正文");
            tmux.keys("C-s");
            String opened = tmux.await(s -> s.contains("楼主  reader1") && s.contains("在终端里写的新主题正文"),
                    TerminalReaderIT.WAIT);
            assertThat(opened).contains("主题已发表");
            tmux.keys("q");
            // The board's row (subject · author), not the thread view's title, which names the thread too.
            String board = tmux.await(s -> s.contains("[分享] 终端里发的新主题 · reader1") && !s.contains("楼主  reader1"),
                    TerminalReaderIT.WAIT);
            assertThat(board.lines().filter(l -> l.contains("终端里发的新主题")).count()).isEqualTo(1);

            tmux.keys("C-c");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }
}
