package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built program in tmux at 80×24, as a user runs it: read, scroll, resize, quit. */
public class TerminalReaderIT {
    public static final String TITLE = "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开";
    public static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    /** The built launcher; failsafe names the jar (a unit-test run of this package skips the test). */
    public static String launcher() {
        String built = System.getProperty("fenghuang.jar");
        assumeTrue(built != null && Files.isRegularFile(Path.of(built)), "run by failsafe after package");
        Path jar = Path.of(built).toAbsolutePath();
        Path script = jar.resolveSibling("fenghuang");
        return Files.isExecutable(script) ? script.toString() : "java -jar " + jar;
    }

    @Test
    void readsScrollsReflowsAndRestoresTheTerminal() throws Exception {
        String launcher = launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1");
            tmux.keys("Enter");
            String first = tmux.await(s -> s.contains(TITLE) && s.contains("11月1日"), WAIT);
            List<String> rows = List.of(first.split("\n"));
            assertThat(rows.get(1).strip()).isEqualTo(TITLE);
            assertThat(rows.get(2)).contains("党政风采 › 渠县 · 2016-11-06 15:20 · 发布者 归来 · 查看");
            assertThat(first).contains("   11月1日,全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在我县召开。");
            assertThat(tmux.tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("1");

            tmux.keys("j");
            String scrolled = tmux.await(s -> !s.split("\n")[1].contains(TITLE), WAIT);
            assertThat(scrolled.split("\n")[1]).isEqualTo(rows.get(2));
            tmux.keys("k");
            tmux.await(s -> s.split("\n")[1].contains(TITLE), WAIT);

            tmux.resize(120, 40);
            String wide = tmux.await(s -> s.split("\n").length >= 39 && s.matches("(?s).*第 +1/.*")
                    && s.lines().anyMatch(l -> l.contains("县委书记苟小莉介绍我县脱贫攻坚工作。")), WAIT);
            assertThat(wide.lines().filter(l -> l.contains("11月1日")).findFirst().orElseThrow())
                    .startsWith(" ".repeat(15));
            assertThat(wide.split("\n")[39]).startsWith("[游客]");

            tmux.keys("q");
            tmux.await(s -> !s.contains("县委书记苟小莉"), WAIT); // the category's list, where the title is listed
            tmux.keys("Q");
            String after = tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), WAIT);
            assertThat(after).doesNotContain("[游客]");
            assertThat(tmux.tmux("display", "-p", "#{alternate_on}").strip()).isEqualTo("0");
        }
    }
}
