package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.demo.DemoOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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

    private StoreRig rig;

    @BeforeEach
    void start() {
        rig = new StoreRig(home);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private static String[] with(String first, String[] rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }

    private String today() {
        return LocalDate.now(ZoneId.systemDefault()).toString();
    }

    @Test
    void offlineWithThePortalStoppedReadsWhatWasStoredAndSaysFromWhen() {
        List<String> online = READS.stream().map(c -> rig.ok(c).out()).toList();
        rig.portal().close();
        for (int i = 0; i < READS.size(); i++) {
            CliRun.Run r = rig.ok(with("--offline", READS.get(i)));
            assertThat(r.out()).isEqualTo(online.get(i));
            assertThat(r.err().lines().toList()).singleElement().asString()
                    .startsWith("fenghuang: offline, as of " + today());
        }
    }

    @Test
    void offlineSendsNoRequestEvenWithThePortalUpAndNamesWhatIsNotStored() {
        rig.ok("read", "1");
        long before = rig.portal().requestCount();
        rig.ok("--offline", "read", "1");
        CliRun.Run missing = rig.run("--offline", "read", "2");
        CliRun.Run missingList = rig.run("--offline", "list", "3", "--page", "2");
        assertThat(rig.portal().requestCount() - before).as(String.join("\n", rig.portal().requestLog())).isZero();
        assertThat(missing.exitCode()).isEqualTo(6);
        assertThat(missing.err()).isEqualTo("fenghuang: offline, and the store does not hold article 2 page 1: read "
                + "it once online (or fetch it ahead with sync)\n");
        assertThat(missingList.exitCode()).isEqualTo(6);
        assertThat(missingList.err()).contains("list 3 page 2");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void theChineseOfflineMessageNamesThePageInChinese() {
        rig.env().put("LANG", "zh_CN.UTF-8");
        CliRun.Run article = rig.run("--offline", "read", "70");
        CliRun.Run list = rig.run("--offline", "list", "3", "--page", "2");
        assertThat(article.exitCode()).isEqualTo(6);
        assertThat(article.err()).contains("文章 70 第 1 页").doesNotContain("article").doesNotContain("page");
        assertThat(list.err()).contains("分类 3 列表 第 2 页").doesNotContain("list");
    }

    @Test
    void aStalePageFallsBackOnTheStoreWhenTheSiteCannotBeReached() throws IOException {
        rig.settings("cache.lists = 1ms\ncache.articles = 1ms\ncache.comments = 1ms\n");
        List<String> online = READS.stream().map(c -> rig.ok(c).out()).toList();
        rig.portal().close();
        for (int i = 0; i < READS.size(); i++) {
            CliRun.Run r = rig.ok(READS.get(i));
            assertThat(r.out()).isEqualTo(online.get(i));
            assertThat(r.err().lines().toList()).singleElement().asString()
                    .startsWith("fenghuang: offline, as of " + today());
        }
        CliRun.Run notStored = rig.run("read", "2");
        assertThat(notStored.exitCode()).as("not stored and not offline: the site could not be read").isEqualTo(1);
        assertThat(notStored.err()).startsWith("fenghuang: cannot connect to the site");
    }

    @Test
    void anErrorPageIsNoReasonToFallBack() throws IOException {
        rig.settings("cache.articles = 1ms\n");
        rig.ok("read", "1");
        long before = rig.portal().requestCount();
        rig.portal().close();
        rig.restart(DemoOptions.builder().port(rig.portal().baseUrl().getPort())
                .fault(dev.fenghuang.demo.FaultRule.parse("500:/portal.php")).build());
        CliRun.Run r = rig.run("read", "1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("offline");
        assertThat(rig.portal().requestCount()).isPositive();
        assertThat(before).isPositive();
    }

    @Test
    void jsonSaysOfflineAndAsOfInIso() {
        OffsetDateTime fetched = OffsetDateTime.now();
        READS.forEach(rig::ok);
        OffsetDateTime stored = OffsetDateTime.now();
        rig.portal().close();
        for (String[] read : READS) {
            JsonObject json = JsonParser.parseString(rig.ok(with("--offline", Stream.concat(Stream.of(read),
                    Stream.of("--json")).toArray(String[]::new))).out())
                    .getAsJsonObject();
            assertThat(json.get("offline").getAsBoolean()).isTrue();
            OffsetDateTime asOf = OffsetDateTime.parse(json.get("asOf").getAsString());
            assertThat(asOf).isBetween(fetched.minusSeconds(1), stored);
        }
    }

    @Test
    void aCommentOfflineIsRefusedBeforeAnyRequestAndItsTextKept() throws IOException {
        rig.signIn("reader1", "reader123");
        rig.ok("read", "8");
        long before = rig.portal().requestCount();
        String text = "离线写的评论 " + System.nanoTime();
        CliRun.Run r = rig.run("--offline", "comment", "8", "--message", text);
        assertThat(rig.portal().requestCount() - before).as(String.join("\n", rig.portal().requestLog())).isZero();
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent").contains("fenghuang comment 8 --draft")
                .doesNotContain("nothing is kept");
        assertThat(rig.run("--offline", "comment", "8", "--message", text).exitCode()).isEqualTo(6);
        assertThat(rig.stateFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        CliRun.Run sent = rig.ok("comment", "8", "--draft");
        assertThat(sent.out()).isNotBlank();
        assertThat(rig.ok("comments", "8").out()).contains(text);
        assertThat(rig.stateFilesHolding(text)).as("sent, the draft goes").isEmpty();
    }

    @Test
    void aForumReplyOfflineIsRefusedBeforeAnyRequestAndItsTextKept() throws IOException {
        rig.signIn("reader1", "reader123");
        rig.ok("thread", "1");
        long before = rig.portal().requestCount();
        String text = "离线写的回复 " + System.nanoTime();
        JsonObject thread = JsonParser.parseString(rig.ok("--offline", "thread", "1", "--json").out()).getAsJsonObject();
        CliRun.Run r = rig.run("--offline", "reply", "1", "--message", text);
        assertThat(rig.run("--offline", "thread", "1").exitCode()).as("a write not sent drops nothing").isZero();
        assertThat(rig.portal().requestCount() - before).as(String.join("\n", rig.portal().requestLog())).isZero();
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent").contains("fenghuang reply 1 --draft");
        assertThat(rig.run("--offline", "reply", "1", "--message", text).exitCode()).isEqualTo(6);
        assertThat(rig.stateFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        assertThat(thread.get("offline").getAsBoolean()).isTrue();
        rig.ok("reply", "1", "--draft");
        assertThat(rig.stateFilesHolding(text)).as("sent, the draft goes").isEmpty();
        assertThat(rig.ok("thread", "1", "--floor", "66").out()).contains(text);
    }

    @Test
    void aNewThreadOfflineKeepsOneDraftAndSaysHowToSendIt() throws IOException {
        rig.signIn("reader1", "reader123");
        rig.ok("board", "2");
        String text = "离线写的主题 " + System.nanoTime();
        String[] post = {"--offline", "post", "2", "--subject", "离线主题", "--message", text};
        CliRun.Run r = rig.run(post);
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent").contains("fenghuang post 2 --draft");
        assertThat(rig.run(post).exitCode()).isEqualTo(6);
        assertThat(rig.stateFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        rig.ok("post", "2", "--draft");
        assertThat(rig.stateFilesHolding(text)).isEmpty();
    }

    @Test
    void anEditOfflineKeepsOneDraftAndSaysHowToSendIt() throws IOException {
        rig.signIn("reader1", "reader123");
        long pid = JsonParser.parseString(rig.ok("reply", "1", "--message", "稍后离线修改的回复", "--json").out())
                .getAsJsonObject().get("pid").getAsLong();
        String text = "离线改过的回复 " + System.nanoTime();
        String[] edit = {"--offline", "post", "edit", String.valueOf(pid), "--thread", "1", "--message", text};
        CliRun.Run r = rig.run(edit);
        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err()).contains("offline: nothing was sent")
                .contains("fenghuang post edit " + pid + " --thread 1 --draft");
        assertThat(rig.run(edit).exitCode()).isEqualTo(6);
        assertThat(rig.stateFilesHolding(text)).as("a retry adds no draft").hasSize(1);
        rig.ok("post", "edit", String.valueOf(pid), "--thread", "1", "--draft");
        assertThat(rig.stateFilesHolding(text)).isEmpty();
        assertThat(rig.ok("thread", "1", "--floor", "66").out()).contains(text);
    }

    @Test
    void signingInAndOutKeepsWhatWasSyncedAndEachViewersPagesApart() throws IOException {
        rig.settings("sync.pause = 0ms\n");
        rig.ok("sync", "5");
        String aid = JsonParser.parseString(rig.ok("--offline", "list", "5", "--json").out()).getAsJsonObject()
                .getAsJsonArray("articles").get(0).getAsJsonObject().get("aid").getAsString();
        String asGuest = rig.ok("--offline", "read", aid).out();
        rig.signIn("reader1", "reader123");
        assertThat(rig.run("--offline", "read", aid).out()).as("synced as a guest, kept after signing in")
                .isEqualTo(asGuest);
        rig.ok("read", "8");
        rig.ok("logout");
        assertThat(rig.ok("--offline", "read", aid).out()).as("kept after signing out").isEqualTo(asGuest);
        assertThat(rig.run("--offline", "read", "8").exitCode()).as("a member's page is never a guest's").isEqualTo(6);
        rig.signIn("reader1", "reader123");
        rig.ok("--offline", "read", "8");
    }

    @Test
    void aLogoutOfflineSendsNothingAndKeepsTheSessionAndTheStore() {
        rig.signIn("reader1", "reader123");
        rig.ok("read", "8");
        long before = rig.portal().requestCount();
        assertThat(rig.run("--offline", "logout").exitCode()).isEqualTo(6);
        assertThat(rig.portal().requestCount() - before).isZero();
        rig.ok("--offline", "read", "8");
        assertThat(rig.ok("whoami").out()).contains("reader1");
    }

    @Test
    void noStoreKeepsPagesInMemoryOnlyAndMakesNoFile() throws IOException {
        rig.ok("--no-store", "read", "1");
        rig.ok("--no-store", "sections");
        long before = rig.portal().requestCount();
        rig.ok("--no-store", "read", "1");
        assertThat(rig.portal().requestCount() - before).isEqualTo(1);
        Path cache = rig.dirs().cache();
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
            }
        }
    }

    @Test
    void offlineAndNoStoreTogetherIsAUsageError() {
        CliRun.Run r = rig.run("--offline", "--no-store", "read", "1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--offline reads only the store; it cannot go with --no-store");
    }
}
