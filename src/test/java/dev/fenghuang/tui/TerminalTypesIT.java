package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader under each TERM an SSH user brings along: it draws the article, answers keys and gives the terminal
 * back. The colour-less vt100 and the Linux console get the same text as the 256-colour emulators.
 */
class TerminalTypesIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"})
    void readsAndQuitsCleanlyUnder(String term) throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; TERM=" + term + " " + launcher + " --demo --lang zh --open 1; echo EXIT-$?");
            tmux.keys("Enter");
            String screen = tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("发布者 归来"),
                    TerminalReaderIT.WAIT);
            assertThat(screen).doesNotContain("\u001b");
            tmux.keys("j");
            tmux.await(s -> !s.split("\n")[1].contains(TerminalReaderIT.TITLE), TerminalReaderIT.WAIT);
            tmux.keys("q");
            tmux.keys("Q"); // q would go up to the sections: from --open, q shows the list first
            String after = tmux.await(s -> s.contains("EXIT-0"), TerminalReaderIT.WAIT);
            assertThat(after).doesNotContain(TerminalReaderIT.TITLE);
            assertThat(tmux.tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("0");
        }
    }
}
