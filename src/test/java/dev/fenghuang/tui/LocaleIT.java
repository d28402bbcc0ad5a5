package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built program in a UTF-8 terminal whose locale Java cannot use: {@code LANG=zh_CN.UTF-8}, which this machine
 * lacks (SSH forwards it from a Chinese desktop), {@code LANG=C} and {@code LC_ALL=POSIX}. Through the launcher and
 * through {@code java -jar} alike, Chinese is written and read as UTF-8, comments typed in Chinese reach the site as
 * typed, text damaged on its way in is refused, and the screens speak the locale's language.
 */
class LocaleIT {
    private static final long AID = 8;

    @TempDir
    Path home;

    /** How each locale is set in the shell, whose own locale is C.UTF-8 (LC_ALL set, so unset it for LANG). */
    private static final List<String> LOCALES = List.of("env -u LC_ALL LANG=zh_CN.UTF-8", "env -u LC_ALL LANG=C",
            "env LC_ALL=POSIX");

    static Stream<Arguments> localesAndLaunchers() {
        return LOCALES.stream().flatMap(l -> Stream.of(Arguments.of(l, true), Arguments.of(l, false)));
    }

    private static String launcher(boolean script) {
        String launcher = TerminalReaderIT.launcher();
        return script ? launcher : "java -jar " + System.getProperty("fenghuang.jar");
    }

    private static boolean chinese(String locale) {
        return locale.contains("zh_CN");
    }

    @ParameterizedTest
    @MethodSource("localesAndLaunchers")
    void theCommandLineWritesAndReadsUtf8(String locale, boolean script) throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
             TmuxSession tmux = new TmuxSession(home, 200, 50)) {
            String run = locale + " " + launcher(script) + " --site " + portal.baseUrl() + " ";

            String text = shell(tmux, run + "read 1");
            assertThat(text).contains("EXIT-0").contains(TerminalReaderIT.TITLE).doesNotContain("??")
                    .contains(chinese(locale) ? "党政风采 › 渠县 · 2016-11-06 15:20 · 发布者 归来 · 查看 1999"
                            : "党政风采 › 渠县 · 2016-11-06 15:20 · by 归来 · views 1999")
                    .contains("王飞虎、刘静、吴燕等县领导出席会议或参加现场会。");

            String json = shell(tmux, run + "read 1 --json");
            assertThat(json).contains("EXIT-0").contains(TerminalReaderIT.TITLE).contains("何俊笼 廖亚飞")
                    .doesNotContain("??");

            assertThat(shell(tmux, "FENGHUANG_PASSWORD=admin123 " + run + "login --username admin"))
                    .contains("EXIT-0");

            String where = (chinese(locale) ? "中文环境" : "C 环境") + (script ? "，启动脚本" : "，java -jar");
            String byArgument = "经由参数发表的评论：" + where;
            assertThat(shell(tmux, run + "comment " + AID + " --message '" + byArgument + "'"))
                    .contains("EXIT-0");
            assertThat(portal.commentsWithText(AID, byArgument)).as("the comment as typed, read back from the site")
                    .isEqualTo(1);

            String byStdin = "经由标准输入发表的评论：" + where;
            assertThat(shell(tmux, "echo '" + byStdin + "' | " + run + "comment " + AID))
                    .contains("EXIT-0");
            assertThat(portal.commentsWithText(AID, byStdin)).isEqualTo(1);

            int requests = portal.requestLog().size();
            String damaged = shell(tmux, "printf '\\345\\245\\275\\345\\245' | " + run + "comment " + AID);
            assertThat(damaged).contains("EXIT-2").contains(chinese(locale) ? "不是 UTF-8" : "not UTF-8");
            String notUtf8 = "\"$(printf '\\345\\245\\275\\345')\"";
            String badArgument = shell(tmux, run + "comment " + AID + " --message " + notUtf8);
            assertThat(badArgument).contains("EXIT-2")
                    .contains(chinese(locale) ? "第 6 个参数不是 UTF-8" : "argument 6 is not UTF-8");
            assertThat(portal.requestLog().stream().skip(requests)).noneMatch(r -> r.contains("ac=comment"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"env -u LC_ALL LANG=zh_CN.UTF-8", "env -u LC_ALL LANG=C", "env LC_ALL=POSIX"})
    void theReaderDrawsChineseAndReadsChineseKeys(String locale) throws Exception {
        try (TmuxSession tmux = new TmuxSession(home, 100, 30)) {
            tmux.type("clear; " + locale + " " + TerminalReaderIT.launcher() + " --demo --open 1; echo EXIT-$?");
            tmux.keys("Enter");
            String screen = tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("11月1日"),
                    TerminalReaderIT.WAIT);
            assertThat(screen).contains(chinese(locale) ? "发布者 归来 · 查看 1999" : "by 归来 · views 1999")
                    .contains(chinese(locale) ? "[游客]" : "[guest]");

            tmux.keys("/");
            tmux.type("妇联组织");
            tmux.await(s -> s.contains(chinese(locale) ? "搜索： 妇联组织" : "Search: 妇联组织"), TerminalReaderIT.WAIT);
            tmux.keys("Enter");
            String found = chinese(locale) ? "第 \\d+ 处，共 10 处" : "Match \\d+ of 10";
            tmux.await(s -> s.lines().anyMatch(l -> l.matches(".*" + found + ".*")), TerminalReaderIT.WAIT);

            tmux.keys("q");
            tmux.keys("q");
            tmux.keys("q");
            tmux.await(s -> s.contains("EXIT-0"), TerminalReaderIT.WAIT);
        }
    }

    /** Runs a command line in the shell and returns all it printed (the scrollback too), ending in its exit code. */
    private static String shell(TmuxSession tmux, String command) throws Exception {
        tmux.type("clear");
        tmux.keys("Enter");
        tmux.await(s -> s.strip().equals(TmuxSession.PROMPT.strip()), Duration.ofSeconds(10));
        tmux.tmux("clear-history");
        tmux.type(command + "; echo EXIT-$?");
        tmux.keys("Enter");
        tmux.await(s -> s.lines().anyMatch(l -> l.startsWith("EXIT-")), Duration.ofSeconds(60));
        return tmux.tmux("capture-pane", "-p", "-J", "-S", "-", "-E", "-");
    }
}
