package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.cli.Launcher;
import dev.fenghuang.cli.TerminalCheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the full-screen reader cannot run (a pipe, {@code TERM=dumb}, no tty) the program prints the text of the
 * screen it would have opened, and says why once on stderr; it never starts the screen.
 */
class ReaderWithoutTerminalTest {
    @TempDir
    Path home;

    private record Run(int exit, String out, String err) {
    }

    private Run run(TerminalCheck terminal, String... args) {
        Main main = new Main(XdgDirs.from(Map.of(), home.toString()), Map.of());
        Launcher launcher = new Launcher() {
            @Override
            public PortalReader open(String site, boolean demo) {
                return main.open(site, demo);
            }

            @Override
            public PortalSession session(String site, boolean demo, String account) {
                return main.session(site, demo, account);
            }

            @Override
            public int runTui(String site, boolean demo, String account, Long openAid, String lang) {
                throw new AssertionError("the screen must not start without a terminal");
            }

            @Override
            public TerminalCheck terminal() {
                return terminal;
            }

            @Override
            public RunningDemo startDemo(int port, String charset, boolean hostile) {
                throw new UnsupportedOperationException();
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(launcher, args);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aPipePrintsTheOpenedArticleAsReadDoes() {
        Run reader = run(new TerminalCheck(false, "xterm", true), "--demo", "--lang", "en", "--open", "1");
        Run read = run(new TerminalCheck(true, "xterm", true), "--demo", "--lang", "en", "read", "1");

        assertThat(reader.exit()).isZero();
        assertThat(reader.err()).isEqualTo("fenghuang: not a terminal: printing text instead" + System.lineSeparator());
        assertThat(reader.out()).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开")
                .doesNotContain("\u001b")
                .isEqualTo(read.out().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT")
                        .replace("127.0.0.1:PORT", portOf(reader.out())));
    }

    @Test
    void tuiWithOpenUnderADumbTermDoesTheSameInChinese() {
        Run reader = run(new TerminalCheck(true, "dumb", true), "--demo", "--lang", "zh", "tui", "--open", "1");

        assertThat(reader.exit()).isZero();
        assertThat(reader.err()).isEqualTo("fenghuang: TERM=dumb 无法显示全屏阅读器：改为输出文本" + System.lineSeparator());
        assertThat(reader.out()).contains("发布者 归来");
    }

    @Test
    void withoutAnArticleTheSectionsArePrinted() {
        Run reader = run(new TerminalCheck(true, "xterm", false), "--demo", "--lang", "en");
        Run sections = run(new TerminalCheck(true, "xterm", true), "--demo", "--lang", "en", "sections");

        assertThat(reader.exit()).isZero();
        assertThat(reader.err()).contains("no controlling terminal (/dev/tty)").doesNotContain("stty");
        assertThat(reader.out()).isEqualTo(sections.out()).contains("党政风采");
    }

    private static String portOf(String text) {
        var m = java.util.regex.Pattern.compile("127\\.0\\.0\\.1:\\d+").matcher(text);
        return m.find() ? m.group() : "127.0.0.1:PORT";
    }
}
