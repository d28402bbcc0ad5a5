package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading without the site: {@code --offline} answers from the store alone, a site that cannot be reached falls back
 * on it, both say from when; a write offline is refused before any request with its text kept; {@code --no-store}
 * touches no file. Each run a new reader, as a script runs them.
 */
class OfflineCommandsTest {
    private static final List<String[]> READS = List.of(new String[] {"read", "1"}, new String[] {"list", "2"},
            new String[] {"comments", "1"});

    @TempDir
    Path home;

    private DemoPortal portal;
    private URI site;
    private final Map<String, String> env = new HashMap<>();

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
        site = portal.baseUrl();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), env));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] full = Stream.concat(Stream.of("--site", site.toString()), Stream.of(args)).toArray(String[]::new);
        return new Run(cmd.execute(full), out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    private static String[] with(String first, String[] rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }

    private String today() {
        return LocalDate.now(ZoneId.systemDefault()).toString();
    }

    private void settings(String text) throws IOException {
        Path config = XdgDirs.from(Map.of(), home.toString()).config();
        Files.createDirectories(config);
        Files.writeString(config.resolve("fenghuang.properties"), text);
    }

    @Test
    void offlineWithThePortalStoppedReadsWhatWasStoredAndSaysFromWhen() {
        List<String> online = READS.stream().map(c -> ok(c).out()).toList();
        portal.close();
        for (int i = 0; i < READS.size(); i++) {
            Run r = ok(with("--offline", READS.get(i)));
            assertThat(r.out()).isEqualTo(online.get(i));
            assertThat(r.err().lines().toList()).singleElement().asString()
                    .startsWith("fenghuang: offline, as of " + today());
        }
    }

    @Test
    void offlineSendsNoRequestEvenWithThePortalUpAndNamesWhatIsNotStored() {
        ok("read", "1");
        long before = portal.requestCount();
        ok("--offline", "read", "1");
        Run missing = run("--offline", "read", "2");
        Run missingList = run("--offline", "list", "3", "--page", "2");
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isZero();
        assertThat(missing.exitCode()).isEqualTo(6);
        assertThat(missing.err()).isEqualTo("fenghuang: offline, and the store does not hold article 2 page 1: read "
                + "it once online (or fetch it ahead with sync)\n");
        assertThat(missingList.exitCode()).isEqualTo(6);
        assertThat(missingList.err()).contains("list 3 page 2");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void theChineseOfflineMessageNamesThePageInChinese() {
        env.put("LANG", "zh_CN.UTF-8");
        Run article = run("--offline", "read", "70");
        Run list = run("--offline", "list", "3", "--page", "2");
        assertThat(article.exitCode()).isEqualTo(6);
        assertThat(article.err()).contains("文章 70 第 1 页").doesNotContain("article").doesNotContain("page");
        assertThat(list.err()).contains("分类 3 列表 第 2 页").doesNotContain("list");
    }

    @Test
    void aStalePageFallsBackOnTheStoreWhenTheSiteCannotBeReached() throws IOException {
        settings("cache.lists = 1ms\ncache.articles = 1ms\ncache.comments = 1ms\n");
        List<String> online = READS.stream().map(c -> ok(c).out()).toList();
        portal.close();
        for (int i = 0; i < READS.size(); i++) {
            Run r = ok(READS.get(i));
            assertThat(r.out()).isEqualTo(online.get(i));
            assertThat(r.err().lines().toList()).singleElement().asString()
                    .startsWith("fenghuang: offline, as of " + today());
        }
        Run notStored = run("read", "2");
        assertThat(notStored.exitCode()).as("not stored and not offline: the site could not be read").isEqualTo(1);
        assertThat(notStored.err()).startsWith("fenghuang: cannot connect to the site");
    }

    @Test
    void anErrorPageIsNoReasonToFallBack() throws IOException {
        settings("cache.articles = 1ms\n");
        ok("read", "1");
        long before = portal.requestCount();
        portal.close();
        portal = DemoPortal.start(DemoOptions.builder().port(site.getPort())
                .fault(dev.fenghuang.demo.FaultRule.parse("500:/portal.php")).build());
        Run r = run("read", "1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("offline");
        assertThat(portal.requestCount()).isPositive();
        assertThat(before).isPositive();
    }

    @Test
    void jsonSaysOfflineAndAsOfInIso() {
        OffsetDateTime fetched = OffsetDateTime.now();
        READS.forEach(this::ok);
        OffsetDateTime stored = OffsetDateTime.now();
        portal.close();
        for (String[] read : READS) {
            JsonObject json = JsonParser.parseString(ok(with("--offline", Stream.concat(Stream.of(read),
                    Stream.of("--json")).toArray(String[]::new))).out())
                    .getAsJsonObject();
            assertThat(json.get("offline").getAsBoolean()).isTrue();
            OffsetDateTime asOf = OffsetDateTime.parse(json.get("asOf").getAsString());
            assertThat(asOf).isBetween(fetched.minusSeconds(1), stored);
        }
    }

    @Test
    void aCommentOfflineIsRefusedBeforeAnyRequestAndItsTextKept() throws IOException {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("read", "8");
        long before = portal.requestCount();
        String text = "离线写的评论 " + System.nanoTime();
        Run r = run("--offline", "comment", "8", "--message", text);
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isZero();
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent").contains("fenghuang comment 8 --draft")
                .doesNotContain("nothing is kept");
        assertThat(run("--offline", "comment", "8", "--message", text).exitCode()).isEqualTo(6);
        assertThat(keptFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        Run sent = ok("comment", "8", "--draft");
        assertThat(sent.out()).isNotBlank();
        assertThat(ok("comments", "8").out()).contains(text);
        assertThat(keptFilesHolding(text)).as("sent, the draft goes").isEmpty();
    }

    @Test
    void aForumReplyOfflineIsRefusedBeforeAnyRequestAndItsTextKept() throws IOException {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("thread", "1");
        long before = portal.requestCount();
        String text = "离线写的回复 " + System.nanoTime();
        JsonObject thread = JsonParser.parseString(ok("--offline", "thread", "1", "--json").out()).getAsJsonObject();
        Run r = run("--offline", "reply", "1", "--message", text);
        assertThat(run("--offline", "thread", "1").exitCode()).as("a write not sent drops nothing").isZero();
        assertThat(portal.requestCount() - before).as(String.join("\n", portal.requestLog())).isZero();
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent").contains("fenghuang reply 1 --draft");
        assertThat(run("--offline", "reply", "1", "--message", text).exitCode()).isEqualTo(6);
        assertThat(keptFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        assertThat(thread.get("offline").getAsBoolean()).isTrue();
        ok("reply", "1", "--draft");
        assertThat(keptFilesHolding(text)).as("sent, the draft goes").isEmpty();
        assertThat(ok("thread", "1", "--floor", "66").out()).contains(text);
    }

    @Test
    void aNewThreadOfflineKeepsOneDraftAndSaysHowToSendIt() throws IOException {
        signIn();
        ok("board", "2");
        String text = "离线写的主题 " + System.nanoTime();
        String[] post = {"--offline", "post", "2", "--subject", "离线主题", "--message", text};
        Run r = run(post);
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent").contains("fenghuang post 2 --draft");
        assertThat(run(post).exitCode()).isEqualTo(6);
        assertThat(keptFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        ok("post", "2", "--draft");
        assertThat(keptFilesHolding(text)).isEmpty();
    }

    @Test
    void anEditOfflineKeepsOneDraftAndSaysHowToSendIt() throws IOException {
        signIn();
        long pid = JsonParser.parseString(ok("reply", "1", "--message", "稍后离线修改的回复", "--json").out())
                .getAsJsonObject().get("pid").getAsLong();
        String text = "离线改过的回复 " + System.nanoTime();
        String[] edit = {"--offline", "post", "edit", String.valueOf(pid), "--thread", "1", "--message", text};
        Run r = run(edit);
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent")
                .contains("fenghuang post edit " + pid + " --thread 1 --draft");
        assertThat(run(edit).exitCode()).isEqualTo(6);
        assertThat(keptFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        ok("post", "edit", String.valueOf(pid), "--thread", "1", "--draft");
        assertThat(keptFilesHolding(text)).isEmpty();
        assertThat(ok("thread", "1", "--floor", "66").out()).contains(text);
    }

    private void signIn() {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
    }

    @Test
    void signingInAndOutKeepsWhatWasSyncedAndEachViewersPagesApart() throws IOException {
        settings("sync.pause = 0ms\n");
        ok("sync", "5");
        String aid = JsonParser.parseString(ok("--offline", "list", "5", "--json").out()).getAsJsonObject()
                .getAsJsonArray("articles").get(0).getAsJsonObject().get("aid").getAsString();
        String asGuest = ok("--offline", "read", aid).out();
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        assertThat(run("--offline", "read", aid).out()).as("synced as a guest, kept after signing in")
                .isEqualTo(asGuest);
        ok("read", "8");
        ok("logout");
        assertThat(ok("--offline", "read", aid).out()).as("kept after signing out").isEqualTo(asGuest);
        assertThat(run("--offline", "read", "8").exitCode()).as("a member's page is never a guest's").isEqualTo(6);
        ok("login", "--username", "reader1");
        ok("--offline", "read", "8");
    }

    private List<Path> keptFilesHolding(String text) throws IOException {
        try (Stream<Path> files = Files.walk(XdgDirs.from(Map.of(), home.toString()).state())) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains(text);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    @Test
    void aLogoutOfflineSendsNothingAndKeepsTheSessionAndTheStore() {
        env.put("FENGHUANG_PASSWORD", "reader123");
        ok("login", "--username", "reader1");
        env.remove("FENGHUANG_PASSWORD");
        ok("read", "8");
        long before = portal.requestCount();
        assertThat(run("--offline", "logout").exitCode()).isEqualTo(6);
        assertThat(portal.requestCount() - before).isZero();
        ok("--offline", "read", "8");
        assertThat(ok("whoami").out()).contains("reader1");
    }

    @Test
    void noStoreKeepsPagesInMemoryOnlyAndMakesNoFile() throws IOException {
        ok("--no-store", "read", "1");
        ok("--no-store", "sections");
        long before = portal.requestCount();
        ok("--no-store", "read", "1");
        assertThat(portal.requestCount() - before).isEqualTo(1);
        Path cache = XdgDirs.from(Map.of(), home.toString()).cache();
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
            }
        }
    }

    @Test
    void offlineAndNoStoreTogetherIsAUsageError() {
        Run r = run("--offline", "--no-store", "read", "1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--offline reads only the store; it cannot go with --no-store");
    }
}
