package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader started where it cannot draw: into a pipe, under {@code TERM=dumb}, without a controlling terminal. It
 * prints the text of the screen it would have shown and names the reason once; a closed pipe ends it quietly.
 */
class NoTerminalIT {
    @TempDir
    Path home;

    @Test
    void aPipeGetsTheArticleAsTextAndAClosedPipeEndsQuietly() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("cd " + home + "; " + launcher + " --demo --lang en --open 1 2>err1 | cat > out1; "
                    + "{ " + launcher + " --demo --lang en 2>err2; echo $? > code2; } | head -1 > out2; echo DONE-$((1+1))");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("DONE-2"), TerminalReaderIT.WAIT);
            assertThat(flag(tmux)).isEqualTo("0");

            assertThat(read("out1")).startsWith(TerminalReaderIT.TITLE + "\n").contains("Summary")
                    .doesNotContain("\u001b");
            assertThat(read("err1")).isEqualTo("fenghuang: not a terminal: printing text instead\n");
            assertThat(read("out2").lines().count()).isEqualTo(1);
            assertThat(read("err2")).isEqualTo("fenghuang: not a terminal: printing text instead\n");
            assertThat(read("code2").strip()).isIn("0", "141");
        }
    }

    @Test
    void aDumbTerminalGetsTheTextWithTheReasonInChinese() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("cd " + home + "; clear; TERM=dumb " + launcher + " --demo --lang zh --open 1 2>err5; "
                    + "echo EXIT-$?");
            tmux.keys("Enter");
            String screen = tmux.await(s -> s.matches("(?s).*EXIT-\\d.*"), TerminalReaderIT.WAIT);
            assertThat(screen).contains("评论 (0)").contains("EXIT-0").doesNotContain("\u001b");
            assertThat(read("err5")).isEqualTo("fenghuang: TERM=dumb 无法显示全屏阅读器：改为输出文本\n");
            assertThat(flag(tmux)).isEqualTo("0");
        }
    }

    @Test
    void withoutAControllingTerminalTheReasonIsNamedNotStty() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("cd " + home + "; setsid -w " + launcher + " --demo --lang en </dev/null >out3 2>err3; "
                    + "setsid -w " + launcher + " --demo --lang en --open 1 2>err4; echo EXIT-$?");
            tmux.keys("Enter");
            String screen = tmux.await(s -> s.matches("(?s).*EXIT-\\d.*"), TerminalReaderIT.WAIT);
            assertThat(screen).contains("EXIT-0");
            assertThat(read("err3")).isEqualTo("fenghuang: not a terminal: printing text instead\n");
            assertThat(read("out3")).contains("党政风采");
            assertThat(read("err4"))
                    .isEqualTo("fenghuang: no controlling terminal (/dev/tty): printing text instead\n");
        }
    }

    private String read(String name) throws Exception {
        return Files.readString(home.resolve(name), StandardCharsets.UTF_8);
    }

    private static String flag(TmuxSession tmux) throws Exception {
        return tmux.tmux("display", "-p", "#{alternate_on}").strip();
    }
}
