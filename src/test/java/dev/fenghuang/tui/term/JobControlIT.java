package dev.fenghuang.tui.term;

import dev.fenghuang.tui.TerminalReaderIT;
import dev.fenghuang.tui.TmuxSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-Z and {@code fg} in tmux, as a shell user does it: the shell gets a normal screen with the cursor and the
 * terminal's own modes back (what {@code stty -g} said before the reader started), and {@code fg} brings the reader
 * back drawn whole and taking keys. Ctrl-Z arrives as SIGTSTP, or as a key where the terminal's susp is undefined.
 */
class JobControlIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"", "stty susp undef; "})
    void ctrlZGivesTheTerminalBackAndFgTakesItAgain(String setup) throws Exception {
        String launcher = TerminalReaderIT.launcher();
        String modes = "modes";
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("cd " + home + "; " + setup + "stty -g > " + modes + "; clear; " + launcher + " --demo --lang zh --open 1");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("发布者 归来"), TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "alternate_on")).isEqualTo("1");
            assertThat(flag(tmux, "cursor_flag")).isEqualTo("0");

            tmux.keys("C-z");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "alternate_on")).isEqualTo("0");
            assertThat(flag(tmux, "cursor_flag")).isEqualTo("1");
            tmux.type("stty -g | cmp -s - " + modes + " && echo SAME-$((6*7))");
            tmux.keys("Enter");
            String shell = tmux.await(s -> s.contains("SAME-42"), TerminalReaderIT.WAIT);
            assertThat(shell).contains("echo SAME-$((6*7))");

            tmux.type("fg");
            tmux.keys("Enter");
            String back = tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("发布者 归来"),
                    TerminalReaderIT.WAIT);
            assertThat(back).doesNotContain("SAME-42");
            assertThat(flag(tmux, "alternate_on")).isEqualTo("1");
            assertThat(flag(tmux, "cursor_flag")).isEqualTo("0");
            tmux.keys("j");
            tmux.await(s -> !s.split("\n")[1].contains(TerminalReaderIT.TITLE), TerminalReaderIT.WAIT);
            backOutToTheShell(tmux);
            assertThat(flag(tmux, "alternate_on")).isEqualTo("0");
            tmux.type("echo EXIT-$?; stty -g | cmp -s - " + modes + " && echo SANE-$((6*7))");
            tmux.keys("Enter");
            assertThat(tmux.await(s -> s.contains("SANE-42"), TerminalReaderIT.WAIT)).contains("EXIT-0");
        }
    }

    @Test
    void aStopFromOutsideAndFgBringTheReaderBackTakingKeys() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("发布者 归来"), TerminalReaderIT.WAIT);
            long shell = Long.parseLong(tmux.tmux("display", "-p", "#{pane_pid}").strip());
            long reader = ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow().pid();
            Process kill = new ProcessBuilder("kill", "-STOP", String.valueOf(reader)).start();
            assertThat(kill.waitFor()).isZero();
            // the shell's job line starts where the reader left the cursor and may wrap inside the word
            tmux.await(s -> s.replace("\n", "").contains("Stopped"), TerminalReaderIT.WAIT);

            tmux.type("fg");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("发布者 归来"), TerminalReaderIT.WAIT);
            tmux.keys("j");
            tmux.await(s -> !s.split("\n")[1].contains(TerminalReaderIT.TITLE), TerminalReaderIT.WAIT);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "alternate_on")).isEqualTo("0");
        }
    }

    /**
     * Backs out of the reader with q, each step drawn whole before the next q: from the article opened at start, q
     * shows its category's list with the article selected, then the sections (loaded, even when the q came while
     * they still loaded), then the shell.
     */
    private static void backOutToTheShell(TmuxSession tmux) throws Exception {
        tmux.keys("q");
        tmux.await(s -> s.contains(">2016-11-06 全省“巾帼脱贫行动”"), TerminalReaderIT.WAIT);
        tmux.keys("q");
        tmux.await(s -> s.split("\n")[0].contains("栏目") && s.contains("党政风采"), TerminalReaderIT.WAIT);
        tmux.keys("q");
        tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
    }

    private static String flag(TmuxSession tmux, String name) throws Exception {
        return tmux.tmux("display", "-p", "#{" + name + "}").strip();
    }
}
