package dev.fenghuang.tui.image;

import dev.fenghuang.tui.TerminalReaderIT;
import dev.fenghuang.tui.TmuxSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article images in the built program in tmux (which passes neither kitty graphics nor sixel): half blocks in 256
 * colours, also for a kitty TERM inside it, the graphics query answered without a key leaking, placeholders under {@code --no-images}, and a hostile image from the portal as a placeholder.
 * The demo portal's aid 4 has one image after its first paragraph.
 */
class PicturesIT {
    static final String TITLE = "县政府召开防汛减灾工作会";

    @TempDir
    Path home;
    @TempDir
    Path portalHome;

    private static long halfBlockRows(String screen) {
        return screen.lines().filter(l -> l.contains("▀▀▀▀▀▀▀▀▀▀")).count();
    }

    /** Searches the article for {@code wanted} ({@code /}), which brings its line to the top; returns the screen. */
    private static String find(TmuxSession tmux, String wanted) throws Exception {
        tmux.keys("/");
        tmux.type(wanted);
        tmux.keys("Enter");
        return tmux.await(s -> s.split("\n")[1].contains(wanted), TerminalReaderIT.WAIT);
    }

    @Test
    void drawsTheArticleImageInHalfBlocksIn256ColoursInTmux() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 4");
            tmux.keys("Enter");
            String shown = tmux.await(s -> s.contains(TITLE) && halfBlockRows(s) >= 3, TerminalReaderIT.WAIT);
            assertThat(halfBlockRows(shown)).isGreaterThanOrEqualTo(3);
            String coloured = tmux.tmux("capture-pane", "-p", "-e");
            assertThat(coloured).containsPattern("\u001b\\[[0-9;]*38;5;\\d+[0-9;]*m|\u001b\\[38;5;\\d+m");
            assertThat(coloured).containsPattern("48;5;\\d+");

            tmux.keys("j");
            String after = tmux.await(s -> !s.split("\n")[1].contains(TITLE), TerminalReaderIT.WAIT);
            assertThat(halfBlockRows(after)).isGreaterThanOrEqualTo(3);
            String caption = find(tmux, "[图 1]");
            assertThat(caption).contains("[图 1]");

            tmux.keys("q");
            tmux.keys("q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }

    @Test
    void showsPlaceholdersWithNoImages() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --no-images --open 4");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TITLE), TerminalReaderIT.WAIT);
            String placeholder = find(tmux, "[图 1]");

            assertThat(placeholder.lines().filter(l -> l.contains("[图 1]")).findFirst().orElseThrow().strip())
                    .isEqualTo("[图 1]");
            assertThat(placeholder).doesNotContain("▀");
            tmux.keys("q");
            tmux.keys("q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }

    @Test
    void turnsAHostileImageIntoAPlaceholderWithoutACrashOrAHang() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (DemoSession demo = DemoSession.open(portalHome);
             TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            demo.inject("hostile-image");
            tmux.type("clear; " + launcher + " --site " + demo.baseUrl() + " --lang zh --open 4; echo EXIT-$?");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TITLE), TerminalReaderIT.WAIT);
            find(tmux, "[图 1]");
            String placeholder = tmux.await(s -> s.contains("未显示"), TerminalReaderIT.WAIT);

            assertThat(placeholder).contains("[图 1]  (未显示：图片损坏或超出大小限制)");
            assertThat(placeholder).doesNotContain("▀");
            List<String> rows = List.of(placeholder.split("\n"));
            assertThat(rows.get(rows.size() - 1)).startsWith("[游客]");
            tmux.keys("q");
            tmux.keys("q");
            assertThat(tmux.await(s -> s.contains("EXIT-"), TerminalReaderIT.WAIT)).contains("EXIT-0");
        }
    }

    @Test
    void keepsHalfBlocksForAKittyTermInsideTmux() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; TERM=xterm-kitty " + launcher + " --demo --lang zh --open 4; echo EXIT-$?");
            tmux.keys("Enter");
            String shown = tmux.await(s -> s.contains(TITLE) && halfBlockRows(s) >= 3, TerminalReaderIT.WAIT);

            assertThat(halfBlockRows(shown)).isGreaterThanOrEqualTo(3);
            assertThat(shown).doesNotContain("Gi=31");
            tmux.keys("q");
            tmux.keys("q");
            assertThat(tmux.await(s -> s.contains("EXIT-"), TerminalReaderIT.WAIT)).contains("EXIT-0");
        }
    }

    @Test
    void asksATerminalNotKnownToBeTmuxAndNoAnswerBecomesAKey() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; env -u TMUX TERM=xterm-256color " + launcher
                    + " --demo --lang zh --open 4; echo EXIT-$?");
            tmux.keys("Enter");
            String shown = tmux.await(s -> s.contains(TITLE) && halfBlockRows(s) >= 3, TerminalReaderIT.WAIT);

            assertThat(shown.split("\n")[0]).doesNotContain("评论");
            assertThat(shown).doesNotContain("Gi=31").doesNotContain("62;").doesNotContain("?1;2c");
            tmux.keys("j");
            String after = tmux.await(s -> !s.split("\n")[1].contains(TITLE), TerminalReaderIT.WAIT);
            assertThat(halfBlockRows(after)).isGreaterThanOrEqualTo(3);
            tmux.keys("q");
            tmux.keys("q");
            assertThat(tmux.await(s -> s.contains("EXIT-"), TerminalReaderIT.WAIT)).contains("EXIT-0");
        }
    }
}
