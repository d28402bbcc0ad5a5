package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in tmux at 80×24 on the demo portal, as a moderator runs it: signed in as moderator1, the forum
 * tab opens thread 1, floor 5# is brought to the top, the thread tools (m) delete it (d) with a reason after a
 * confirmation, and when the thread is read again the floor's text is gone (floor 5# is the next reply now).
 */
class ThreadToolsIT {
    @TempDir
    Path home;

    @Test
    void aModeratorDeletesAReplyWithTheThreadTools() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            ItSteps.startOnDemo(tmux, launcher);
            ItSteps.signIn(tmux, "moderator1", "mod12345");
            tmux.keys("Tab");
            tmux.await(s -> s.contains(">  渠县杂谈"), TerminalReaderIT.WAIT);
            tmux.type(":1");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("楼主  归来") && s.contains("第 1/7 页"), TerminalReaderIT.WAIT);
            tmux.type(":5");
            tmux.keys("Enter");
            String before = tmux.await(s -> s.lines().anyMatch(l -> l.startsWith("5#  ")), TerminalReaderIT.WAIT);
            String body = bodyOf(before, "5#  ");
            assertThat(body).isNotBlank();

            tmux.type("m");
            tmux.await(s -> ItSteps.lastLine(s).contains("主题管理"), TerminalReaderIT.WAIT);
            tmux.type("d");
            tmux.await(s -> s.contains("操作原因"), TerminalReaderIT.WAIT);
            tmux.type("终端里删除的广告");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("确定删除 5#") && s.contains("终端里删除的广告"), TerminalReaderIT.WAIT);
            tmux.type("y");
            tmux.await(s -> s.contains("删除：5#（") && s.contains("已生效"), TerminalReaderIT.WAIT);
            tmux.type(":5");
            tmux.keys("Enter");
            String after = tmux.await(s -> s.lines().anyMatch(l -> l.startsWith("5#  "))
                    && !bodyOf(s, "5#  ").equals(body), TerminalReaderIT.WAIT);
            assertThat(after).doesNotContain(body);

            tmux.keys("C-c");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }

    /** The first line of text under the floor whose name line starts with {@code label}. */
    private static String bodyOf(String screen, String label) {
        List<String> lines = screen.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith(label)) {
                return lines.get(i + 1).strip();
            }
        }
        return "";
    }
}
