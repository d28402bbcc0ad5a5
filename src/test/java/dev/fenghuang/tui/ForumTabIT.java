package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in tmux at 80×24 on the demo portal's forum, as a user runs it: Tab opens the forum, Enter the
 * board 渠县杂谈, the long thread (tid 1) opens from its list and pages through with [ ] and Space; R replies (signed in as reader1); the window shrinks to 20×5 and grows to 200×60 without a crash; the visit is kept in the
 * state directory, ids and counts only, and marks the thread no more once read.
 */
class ForumTabIT {
    @TempDir
    Path home;

    @Test
    void opensTheForumTabAndPagesTheLongThread() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            ItSteps.startOnDemo(tmux, launcher);
            ItSteps.signIn(tmux, "reader1", "reader123");
            ItSteps.openFirstBoard(tmux);
            tmux.type("/");
            tmux.type("黄花节攻略");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(">附 [分享] 2026渠县黄花节攻略贴"), TerminalReaderIT.WAIT);
            tmux.keys("Enter");
            String first = tmux.await(s -> s.contains("楼主  归来") && s.contains("第 1/7 页"), TerminalReaderIT.WAIT);
            assertThat(first).contains("沙发  达城过客").contains("板凳  归来");
            tmux.keys("]");
            tmux.await(s -> s.contains("第 2/7 页") && s.contains("11#  达城过客"), TerminalReaderIT.WAIT);
            tmux.keys("Space");
            tmux.await(s -> s.contains("15#") || s.contains("16#") || s.contains("17#"), TerminalReaderIT.WAIT);
            tmux.type("R");
            tmux.await(s -> s.contains("Ctrl-S"), TerminalReaderIT.WAIT);
            tmux.type("在终端里回复一句");
            tmux.keys("C-s");
            String replied = tmux.await(s -> s.contains("在终端里回复一句") && s.contains("第 7/7 页"),
                    TerminalReaderIT.WAIT);
            assertThat(replied).contains("reader1");

            tmux.resize(20, 5);
            tmux.keys("j");
            tmux.await(s -> s.split("\n", -1).length >= 5, TerminalReaderIT.WAIT);
            tmux.resize(200, 60);
            tmux.keys("[");
            tmux.await(s -> s.contains("第 6/7 页"), TerminalReaderIT.WAIT);
            tmux.keys("q");
            tmux.await(s -> s.contains("渠县杂谈") && s.contains("│"), TerminalReaderIT.WAIT);

            tmux.keys("C-c");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
        try (var files = Files.walk(home.resolve("state"))) {
            Path visits = files.filter(p -> p.getFileName().toString().equals("forum-visits")).findFirst()
                    .orElseThrow();
            assertThat(Files.readAllLines(visits)).containsExactly("1 65");
        }
    }
}
