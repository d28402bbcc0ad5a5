package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
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
 * press or m for a release, column and row counted from 1. In the favourites and the moderation queue a click selects
 * the entry under it (in the queue, by any of the rows it spans) and a second opens its article (the queue's at the
 * comment); nothing is decided.
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

    /** The reader on a demo portal run here, signed in as {@code user} with the CLI, the mouse on. */
    private void readerSignedIn(TmuxSession tmux, DemoSession demo, String user, String password) throws Exception {
        Path settings = home.resolve("config/fenghuang/fenghuang.properties");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, "tui.mouse = on\n");
        String run = TerminalReaderIT.launcher() + " --site " + demo.baseUrl() + " --lang zh";
        tmux.type("clear; FENGHUANG_PASSWORD=" + password + " " + run + " login --username " + user + " && " + run);
        tmux.keys("Enter");
        tmux.await(s -> s.lines().anyMatch(l -> l.startsWith("[" + user + "]")) && selectedRow(s) == 1,
                TerminalReaderIT.WAIT);
    }

    @Test
    void aClickSelectsAFavouriteAndASecondOpensIt() throws Exception {
        try (DemoSession demo = DemoSession.open(home.resolve("portal"));
             TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            var member = demo.session().participation();
            assertThat(member.login("reader1", "reader123".toCharArray(), 0, "", false, "").accepted()).isTrue();
            for (long aid = 1; aid <= 3; aid++) {
                assertThat(member.favorite(aid).accepted()).isTrue();
            }
            readerSignedIn(tmux, demo, "reader1", "reader123");
            tmux.keys("F");
            String listed = tmux.await(s -> rows(s).get(0).contains("我的收藏") && selectedRow(s) == 1,
                    TerminalReaderIT.WAIT);
            String title = rows(listed).get(2).substring(12).strip();
            report(tmux, 0, 30, 2, true);
            report(tmux, 0, 30, 2, false);
            tmux.await(s -> selectedRow(s) == 2, TerminalReaderIT.WAIT);
            report(tmux, 0, 30, 2, true);
            tmux.await(s -> !rows(s).get(0).contains("我的收藏")
                    && rows(s).get(1).contains(title.substring(0, Math.min(8, title.length()))), TerminalReaderIT.WAIT);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
        }
    }

    @Test
    void aClickOnAQueueEntrysTextSelectsItAndASecondOpensItsArticleButDecidesNothing() throws Exception {
        try (DemoSession demo = DemoSession.open(home.resolve("portal"));
             TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            var watcher = demo.session();
            assertThat(watcher.participation().login("admin", "admin123".toCharArray(), 0, "", false, "")
                    .accepted()).isTrue();
            assertThat(watcher.moderation().unlock("admin123".toCharArray(), 0, "").accepted()).isTrue();
            List<QueueEntry> waiting = watcher.moderation().queue(QueueFilter.pending(), 1).entries();
            readerSignedIn(tmux, demo, "admin", "admin123");
            tmux.keys("M");
            String asked = tmux.await(s -> s.contains("管理中心需要再次输入密码") || s.contains("评论审核：未审核"),
                    TerminalReaderIT.WAIT);
            if (!asked.contains("评论审核：未审核")) {
                tmux.type("admin123");
                tmux.keys("Enter");
            }
            String queue = tmux.await(s -> s.contains("评论审核：未审核") && selectedRow(s) == 1, TerminalReaderIT.WAIT);
            int head = -1;
            for (int r = 2; r < rows(queue).size() && head < 0; r++) {
                if (rows(queue).get(r).contains("#" + waiting.get(1).cid() + " ")) {
                    head = r;
                }
            }
            assertThat(head).as(queue).isGreaterThan(2);
            int second = head;
            report(tmux, 0, 30, second + 1, true);
            report(tmux, 0, 30, second + 1, false);
            String chosen = tmux.await(s -> selectedRow(s) == second, TerminalReaderIT.WAIT);
            assertThat(chosen).doesNotContain("[通过]").doesNotContain("[删除]").doesNotContain("[忽略]");
            report(tmux, 0, 30, second, true);
            report(tmux, 0, 30, second, false);
            String text = waiting.get(1).text();
            tmux.await(s -> !rows(s).get(0).contains("评论审核") && s.contains(text.substring(0, Math.min(6,
                    text.length()))), TerminalReaderIT.WAIT);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), TerminalReaderIT.WAIT);
            assertThat(watcher.moderation().queue(QueueFilter.pending(), 1).entries())
                    .extracting(QueueEntry::cid).isEqualTo(waiting.stream().map(QueueEntry::cid).toList());
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
