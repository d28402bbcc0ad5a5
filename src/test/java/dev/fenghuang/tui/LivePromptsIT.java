package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program in tmux, issue 9's prompts and errors: a failed list load over a good screen and r to retry it
 * (against {@code demo-portal --fault}), the flood countdown ticking with no key, {@code o} over SSH offering the
 * link, and q from {@code --open} going to the article's category list.
 */
class LivePromptsIT {
    static final Duration WAIT = TerminalReaderIT.WAIT;

    @TempDir
    Path home;

    /** The demo portal as its own process, from the built jar, on {@code port}; its base URL is its first line. */
    private Process portal(int port, String... faults) throws Exception {
        String jar = Path.of(System.getProperty("fenghuang.jar")).toAbsolutePath().toString();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "demo-portal", "--port", String.valueOf(port)));
        for (String f : faults) {
            cmd.add("--fault");
            cmd.add(f);
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(first).startsWith("http://127.0.0.1:" + port);
        return p;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Runs a command of the built program with the tmux session's XDG directories, to its end. */
    private void cli(String... args) throws Exception {
        String jar = Path.of(System.getProperty("fenghuang.jar")).toAbsolutePath().toString();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        assertThat(pb.start().waitFor()).isZero();
    }

    @Test
    void aFailedListPageKeepsThePageShownShowsTheWholeErrorAndRRetries() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        int port = freePort();
        String site = "http://127.0.0.1:" + port + "/";
        Process healthy = portal(port);
        try {
            cli("--site", site, "sections"); // the tree is kept per site: the faulty portal's first list is ours
        } finally {
            healthy.destroy();
            healthy.waitFor();
        }
        // the second page: finding the sections keeps every category's first list page in the store, and the reader
        // asks for the first category's first page before the terminal is set up
        Process faulty = portal(port, "system-error:get:/portal.php?mod=list&catid=1&page=2,times=1");
        try (TmuxSession tmux = new TmuxSession(home, 50, 16)) {
            tmux.type("clear; " + launcher + " --site " + site + " --lang zh");
            tmux.keys("Enter");
            tmux.await(s -> row(s, 1).equals(">党政风采"), WAIT);
            tmux.keys("Enter");
            String firstPage = tmux.await(s -> row(s, 1).startsWith(">20"), WAIT);
            tmux.keys("]");
            String failed = tmux.await(s -> s.contains("r:重试"), WAIT);
            List<String> rows = List.of(failed.split("\n"));
            assertThat(rows.get(0)).contains("党政风采");
            assertThat(rows.get(1)).as("the page shown stays").isEqualTo(row(firstPage, 1));
            String joined = String.join("", rows.subList(2, rows.size())).replace(" ", "");
            assertThat(joined).contains("您当前的访问请求当中含有非法字符，已经被系统拒绝");
            assertThat(rows.stream().filter(r -> r.contains("非法字符") || r.contains("系统拒绝")).count())
                    .as("wrapped over rows:\n%s", failed).isGreaterThanOrEqualTo(1);

            tmux.keys("r");
            String retried = tmux.await(s -> s.contains("2/3"), WAIT);
            assertThat(retried.split("\n")[0]).contains("党政风采");
            assertThat(retried).doesNotContain("非法字符");
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), WAIT);
        } finally {
            faulty.destroy();
            faulty.waitFor();
        }
    }

    @Test
    void theFloodCountdownTicksWithNoKeyAndItsKeysShowAt80Columns() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        Pattern left = Pattern.compile("还剩 (\\d+)\\s*秒");
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("[游客]"), WAIT);
            tmux.keys("L");
            tmux.await(s -> s.contains("用户名") && s.contains("保持登录"), WAIT);
            tmux.type("reader1");
            tmux.keys("Tab");
            tmux.type("reader123");
            tmux.await(s -> s.contains("（已输入，不显示）"), WAIT);
            tmux.keys("Enter");
            tmux.await(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("[reader1]"), WAIT);
            tmux.keys("C");
            tmux.await(s -> s.contains("Ctrl-S 发送"), WAIT);
            tmux.type("第一条评论");
            tmux.keys("C-s");
            tmux.await(s -> s.contains("评论已发表"), WAIT);
            tmux.keys("C");
            tmux.await(s -> s.contains("Ctrl-S 发送"), WAIT);
            tmux.type("第二条评论");
            tmux.keys("C-s");
            String first = tmux.await(s -> left.matcher(s.replace("\n", "")).find(), WAIT);
            long seenBy = System.nanoTime();
            assertThat(first.replace("\n", "")).contains("Enter/y").contains("Esc");
            Thread.sleep(2000); // a real terminal on a real clock: nothing is pressed meanwhile
            String second = tmux.screen();
            // the whole seconds between the two screens, rounded up: a busy machine can stretch the 2 s
            long waited = (System.nanoTime() - seenBy + 999_999_999L) / 1_000_000_000L;
            int before = seconds(left, first);
            int after = seconds(left, second);
            assertThat(after).as("%s\n---\n%s", first, second).isBetween((int) (before - waited - 1), before - 1);
            tmux.keys("Escape"); // no automatic sending; each Escape alone, or it reads as Alt with the next key
            tmux.await(s -> s.contains("没有发送"), WAIT);
            tmux.keys("Escape");
            tmux.await(s -> !s.contains("Ctrl-S 发送"), WAIT);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), WAIT);
        }
    }

    private static String row(String screen, int r) {
        String[] rows = screen.split("\n");
        return r < rows.length ? rows[r] : "";
    }

    private static int seconds(Pattern left, String screen) {
        Matcher m = left.matcher(screen.replace("\n", ""));
        assertThat(m.find()).as(screen).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void oOverSshOffersTheLinkAsAHyperlinkAndCopiesIt() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        Path bytes = home.resolve("pane-output");
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.tmux("set-option", "-g", "set-clipboard", "on");
            tmux.tmux("pipe-pane", "-O", "cat >> " + bytes);
            tmux.type("clear; env -u DISPLAY -u WAYLAND_DISPLAY -u BROWSER SSH_CONNECTION='10.9.8.7 50000 10.9.8.6 22' "
                    + launcher + " --demo --lang en --open 1");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TerminalReaderIT.TITLE), WAIT);
            tmux.keys("o");
            String offer = tmux.await(s -> s.contains("SSH session"), WAIT);
            assertThat(offer).doesNotContain("Opening");
            Matcher url = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/portal\\.php\\?mod=view&aid=1").matcher(offer);
            assertThat(url.find()).as(offer).isTrue();
            String link = url.group();
            String written = awaitFile(bytes, "\u001B]8;;" + link + "\u001B\\");
            assertThat(written).contains("\u001B]8;;" + link + "\u001B\\" + link + "\u001B]8;;\u001B\\");

            tmux.keys("y");
            tmux.await(s -> s.contains("Link sent to the terminal clipboard"), WAIT);
            assertThat(tmux.tmux("show-buffer").strip()).isEqualTo(link);
            tmux.keys("Q");
            tmux.await(s -> s.strip().endsWith(TmuxSession.PROMPT.strip()), WAIT);
        }
    }

    private static String awaitFile(Path file, String wanted) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        String text = "";
        while (System.nanoTime() < end) {
            text = Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
            if (text.contains(wanted)) {
                return text;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the pane never got " + wanted.replace("\u001B", "ESC") + "; it got "
                + text.length() + " bytes");
    }

    @Test
    void qFromOpenGoesToTheCategoryListThenToTheSections() throws Exception {
        String launcher = TerminalReaderIT.launcher();
        try (TmuxSession tmux = new TmuxSession(home, 80, 24)) {
            tmux.type("clear; " + launcher + " --demo --lang zh --open 1; echo EXIT-$?");
            tmux.keys("Enter");
            tmux.await(s -> s.contains(TerminalReaderIT.TITLE) && s.contains("11月1日"), WAIT);
            tmux.keys("q");
            String list = tmux.await(s -> row(s, 0).contains("渠县") && s.contains(">2016-11-06 全省“巾帼脱贫行动”"),
                    WAIT);
            assertThat(list.split("\n")[0]).contains("党政风采 › 渠县");
            assertThat(list.lines().filter(l -> l.startsWith(">")).findFirst().orElseThrow())
                    .contains("全省“巾帼脱贫行动”");
            tmux.keys("q");
            tmux.await(s -> row(s, 0).contains("栏目"), WAIT);
            tmux.keys("q");
            tmux.await(s -> s.contains("EXIT-0"), WAIT);
        }
    }
}
