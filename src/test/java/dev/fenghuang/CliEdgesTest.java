package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of the command line (issue 9): past the last page, closed comments, bad choices, help, exit codes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliEdgesTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    record Run(int exitCode, String out, String err) {
    }

    private Run bare(String... args) {
        return in(home, args);
    }

    private Run in(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), dir.toString()), Map.copyOf(env)), args);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    private Run run(String... args) {
        return bare(Stream.concat(Stream.of("--site", portal.baseUrl().toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list 1", "comments 1", "read 1", "list 1 --json", "comments 1 --json"})
    void aPagePastTheLastIsAFailureThatSaysSo(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--page", "50"));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("no page 50").doesNotContain("page 50 of");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aPagePastTheLastIsToldInChineseToo() {
        Run r = run("--lang", "zh", "list", "1", "--page", "50");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("没有第 50 页");
    }

    @Test
    void theLastPageItselfStillExitsZero() {
        Run first = run("list", "1", "--json");
        int last = com.google.gson.JsonParser.parseString(first.out()).getAsJsonObject().get("pageCount").getAsInt();
        assertThat(run("list", "1", "--page", String.valueOf(last)).exitCode()).isZero();
    }

    @Test
    void commentsOnAClosedArticleAreToldInWordsNotAsTheSitesKey() {
        Run en = run("comments", "6");
        assertThat(en.exitCode()).isEqualTo(1);
        assertThat(en.err()).contains("comments are closed").doesNotContain("aid_comment_is_forbidden");
        Run zh = run("--lang", "zh", "comments", "6");
        assertThat(zh.err()).contains("评论").doesNotContain("aid_comment_is_forbidden");
    }

    @Test
    void aReactionTheArticleDoesNotOfferIsAUsageErrorNamingTheOnesItDoes() {
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(run("--account", "edges-react", "login", "--username", "reader1").exitCode()).isZero();
        Run nine = run("--account", "edges-react", "react", "1", "9");
        assertThat(nine.exitCode()).as(nine.err()).isEqualTo(2);
        assertThat(nine.err()).contains("'9'").contains("1-5").contains("鲜花").doesNotContain("refused");
        Run r = run("--account", "edges-react", "react", "1", "7");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("7").contains("1 鲜花").contains("5 鸡蛋").doesNotContain("refused");
        Run named = run("--account", "edges-react", "react", "1", "玫瑰");
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.err()).contains("玫瑰").contains("2 握手");
    }

    @Test
    void aReactionNumberNoSiteCanOfferIsAUsageErrorBeforeAnyRequest() {
        int before = portal.requestLog().size();
        Run r = run("react", "1", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("1-8");
        assertThat(portal.requestLog()).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mod", "login", "read", "help", "demo-portal"})
    void anAccountNamedLikeACommandIsRefused(String name) {
        Run r = run("--account", name, "whoami");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--account").contains(name);
        assertThat(r.err().strip().lines()).as("one line and where help is, no usage of only the command built")
                .hasSize(2).last().isEqualTo("See fenghuang --help.");
    }

    /** Errors a command finds once the site is open are usage errors too: one line and the hint, no usage text. */
    @ParameterizedTest
    @ValueSource(strings = {"board 2 --type nonexist", "reply 1 --message=", "post 2 --subject x --message="})
    void aUsageErrorFoundByTheCommandIsOneLineAndTheHint(String command) {
        Run r = run(command.split(" "));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(2).last().asString().contains(" --help'");
        assertThat(r.err()).doesNotContain("Usage:");
    }

    /** A guest's favourites: the site's 请先登录 is "sign in first", exit 4 as for favorite add (README's table). */
    @ParameterizedTest
    @ValueSource(strings = {"favorite list", "favorite list --threads", "favorite list --json"})
    void aGuestListingFavouritesIsToldToSignInWithExitFour(String command) {
        Run r = run(command.split(" "));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("请先登录");
    }

    @Test
    void modNeedingThePasswordWithNoTerminalAsksToSignInWithExitFour() {
        env.put("FENGHUANG_PASSWORD", "admin123");
        assertThat(run("--account", "edges-mod", "login", "--username", "admin").exitCode()).isZero();
        env.remove("FENGHUANG_PASSWORD");
        Run r = run("--account", "edges-mod", "mod", "queue");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("--password-stdin").contains("in a terminal")
                .as("signed in already: not told to sign in").doesNotContain("sign in first");
    }

    @Test
    void helpListsTheCommandsAndHelpOfACommandShowsItsUsage() {
        Run all = bare("help");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("Usage: fenghuang").contains("comments").contains("help");
        Run one = bare("help", "list");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).contains("Usage: fenghuang list").contains("--page");
    }

    @Test
    void helpOfANestedCommandShowsThatCommandNotItsParent() {
        Run nested = bare("help", "mod", "thread");
        assertThat(nested.exitCode()).as(nested.err()).isZero();
        assertThat(nested.out()).contains("Usage: fenghuang mod thread").doesNotContain("Usage: fenghuang mod [");
        Run zh = bare("--lang", "zh", "help", "favorite", "add");
        assertThat(zh.out()).contains("用法: fenghuang favorite add");
        Run unknown = bare("help", "mod", "nosuch");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("nosuch");
    }

    @Test
    void helpSpeaksChineseWithLangZh() {
        Run all = bare("--lang", "zh", "help");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("用法").contains("命令");
        Run one = bare("--lang", "zh", "help", "list");
        assertThat(one.out()).contains("用法: fenghuang list").contains("页码（默认 1）");
        assertThat(bare("--lang", "zh", "help", "help").out()).contains("COMMAND 可以在命令后接其子命令");
    }

    @Test
    void theDemoKeepsOneFolderWhateverItsPortAndStartsSignedOut(@TempDir Path demoHome) throws IOException {
        XdgDirs dirs = XdgDirs.from(Map.of(), demoHome.toString());
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(in(demoHome, "--demo", "login", "--username", "reader1").exitCode()).isZero();
        assertThat(in(demoHome, "--demo", "sections").exitCode()).isZero();
        Run who = in(demoHome, "--demo", "whoami");
        assertThat(who.exitCode()).isZero();
        assertThat(who.out()).doesNotContain("reader1");
        assertThat(names(dirs.state().resolve("sites"))).containsExactly("demo");
        assertThat(names(dirs.cache().resolve("sites"))).containsExactly("demo");
    }

    @Test
    void siteDemoIsTheBuiltInPortalNeverAProfileThatWouldShareItsFolder(@TempDir Path demoHome) throws IOException {
        XdgDirs dirs = XdgDirs.from(Map.of(), demoHome.toString());
        Files.createDirectories(dirs.config().resolve("sites"));
        Files.writeString(dirs.config().resolve("sites/demo.properties"), "url = http://127.0.0.1:1/\n");
        Run r = in(demoHome, "--site", "demo", "sections");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("党政风采");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
