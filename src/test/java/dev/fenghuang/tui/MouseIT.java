package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mouse in tmux with {@code tui.mouse = on}: the reader asks the terminal for mouse reports only then, the wheel
 * moves the list three rows, a click selects and a second click opens; while suspended (Ctrl-Z) and after quitting
 * the terminal reports no more.
 * <p>The reports come in the SGR encoding (mode 1006), which reaches any column; tmux's {@code send-keys -M} only forwards
 * a real mouse event, so they are typed as the bytes a terminal sends: ESC [ &lt; button ; column ; row, then M for a
 * press or m for a release, column and row counted from 1.
 */
class MouseIT {
    @TempDir
    Path home;

    @Test
    void wheelAndClicksWorkWhenTheSettingIsOnAndOnlyThen() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(">党政风采"), TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "mouse_any_flag")).isEqualTo("0");
            assertThat(flag(tmux, "mouse_sgr_flag")).isEqualTo("0");
            tmux.keys("Q");
            tmux.await(s -> !s.contains(">党政风采"), TerminalReaderIT.WAIT);

            Path settings = home.resolve("config/fenghuang/fenghuang.properties");
            Files.createDirectories(settings.getParent());
            Files.writeString(settings, "tui.mouse = on\n");
            tmux.type("clear; " + launcher + " --demo --lang zh");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(">党政风采"), TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "mouse_any_flag")).isEqualTo("1");
            assertThat(flag(tmux, "mouse_sgr_flag")).isEqualTo("1");

            report(tmux, 64 + 1, 10, 5, true);
            tmux.await(s -> selectedRow(s) == 4, TerminalReaderIT.WAIT);
            report(tmux, 64, 10, 5, true);
            tmux.await(s -> selectedRow(s) == 1, TerminalReaderIT.WAIT);

            report(tmux, 0, 4, 3, true);
            report(tmux, 0, 4, 3, false);
            String selected = tmux.await(s -> selectedRow(s) == 3, TerminalReaderIT.WAIT);
            String section = rows(selected).get(3).substring(1).strip();
            report(tmux, 0, 4, 3, true);
            tmux.await(s -> rows(s).get(0).contains("demo › ") && rows(s).get(0).contains(section),
                    TerminalReaderIT.WAIT);

            tmux.keys("C-z");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "mouse_any_flag")).isEqualTo("0");
            assertThat(flag(tmux, "mouse_sgr_flag")).isEqualTo("0");
            tmux.type("fg");
            tmux.keys("Enter");
            tmux.await(s -> rows(s).get(0).contains("demo › ") && rows(s).get(0).contains(section),
                    TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "mouse_sgr_flag")).isEqualTo("1");

            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
            assertThat(flag(tmux, "mouse_any_flag")).isEqualTo("0");
            assertThat(flag(tmux, "mouse_sgr_flag")).isEqualTo("0");
        }
    }

    /** One SGR mouse report as the terminal writes it; columns and rows count from 0 here. */
    private static void report(TmuxSession tmux, int button, int column, int row, boolean press) throws Exception {
        String report = "\u001b[<" + button + ";" + (column + 1) + ";" + (row + 1) + (press ? "M" : "m");
        List<String> args = new java.util.ArrayList<>(List.of("-H"));
        report.chars().forEach(c -> args.add(Integer.toHexString(c)));
        tmux.keys(args.toArray(String[]::new));
    }

    private static List<String> rows(String screen) {
        return List.of(screen.split("\n", -1));
    }

    private static int selectedRow(String screen) {
        List<String> rows = rows(screen);
        for (int r = 1; r < rows.size() - 1; r++) {
            if (rows.get(r).startsWith(">")) {
                return r;
            }
        }
        return -1;
    }

    private static String flag(TmuxSession tmux, String name) throws Exception {
        return tmux.tmux("display", "-p", "#{" + name + "}").strip();
    }
}
