package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in tmux against the hostile demo portal: the escape sequences in the site's texts must not set
 * the pane's title (OSC 0), write tmux's clipboard (OSC 52, accepted here with {@code set-clipboard on}) or clear
 * the screen, and the article still shows.
 */
class HostileTerminalIT {
    @TempDir
    Path home;

    @Test
    void theSitesEscapesNeitherRetitleNorWriteTheClipboard() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (PortalSession portal = DemoReader.hostile(home.resolve("portal"));
             TmuxSession tmux = new TmuxSession(home, 100, 30)) {
            tmux.tmux("set-option", "-g", "set-clipboard", "on");
            tmux.tmux("set-option", "-g", "allow-rename", "on");
            String before = tmux.tmux("display", "-p", "#{pane_title}").strip();
            tmux.type("clear; " + launcher + " --site " + portal.reader().profile().base() + " --lang zh --open 5");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("文崇镇召开秋冬季森林防火工作会"), TerminalReaderIT.WAIT);
            for (int i = 0; i < 6; i++) {
                tmux.keys("Space");
            }
            tmux.keys("G");
            tmux.await(s -> s.contains("100%"), TerminalReaderIT.WAIT);
            tmux.keys("c");
            tmux.await(s -> !s.contains("100%"), TerminalReaderIT.WAIT);
            assertThat(tmux.tmux("display", "-p", "#{pane_title}").strip()).isEqualTo(before).isNotEqualTo("owned");
            assertThat(tmux.tmux("list-buffers").strip()).isEmpty();
            tmux.keys("q");
            tmux.await(s -> s.contains("100%"), TerminalReaderIT.WAIT);
            tmux.keys("q");
            tmux.await(s -> s.contains("│>"), TerminalReaderIT.WAIT);
            tmux.keys("Q"); // q would go up to the sections: from --open, q shows the list first
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }
}
