package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fenghuang.CliRun.Run;
import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Moderation through the CLI against the demo portal's admin panel, in UTF-8 and GBK. */
class ModCommandsTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env).run(args);
    }

    private void signIn(String charset, String user, String password) {
        portal = DemoPortal.start(charset.equals("gbk") ? DemoOptions.builder().gbk().build() : DemoOptions.defaults());
        env.put("FENGHUANG_PASSWORD", password);
        Run in = run("login", "--username", user);
        assertThat(in.exitCode()).as(in.err()).isZero();
    }

    private static List<Long> cids(JsonObject page) {
        List<Long> cids = new ArrayList<>();
        for (JsonElement e : page.getAsJsonArray("entries")) {
            cids.add(e.getAsJsonObject().get("cid").getAsLong());
        }
        return cids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void listsTheQueueAndSendsABatchWhoseFateIsCountedNotTrusted(String charset) {
        signIn(charset, "admin", "admin123");
        Run queue = run("mod", "queue", "--json");
        assertThat(queue.exitCode()).as(queue.err()).isZero();
        JsonObject page = queue.json();
        assertThat(page.get("total").getAsInt()).isGreaterThanOrEqualTo(100);
        assertThat(page.get("pageCount").getAsInt()).isGreaterThan(1);
        JsonObject first = page.getAsJsonArray("entries").get(0).getAsJsonObject();
        assertThat(first.get("articleTitle").getAsString()).isNotBlank();
        assertThat(first.getAsJsonObject("author").get("name").getAsString()).isNotBlank();

        List<Long> cids = cids(page);
        Run approve = run("mod", "approve", String.valueOf(cids.get(0)), "--json");
        assertThat(approve.exitCode()).as(approve.out() + approve.err()).isZero();
        assertThat(approve.json().getAsJsonArray("outcomes").get(0).getAsJsonObject().get("fate").getAsString())
                .isEqualTo("applied");

        Run batch = run("mod", "delete", String.valueOf(cids.get(1)), String.valueOf(cids.get(2)), "--json");
        assertThat(batch.exitCode()).isZero();
        assertThat(batch.json().get("allApplied").getAsBoolean()).isTrue();

        Run ignore = run("mod", "ignore", String.valueOf(cids.get(3)), "--json");
        assertThat(ignore.exitCode()).isZero();
        Run ignored = run("mod", "queue", "--ignored", "--json");
        assertThat(cids(ignored.json())).contains(cids.get(3));
        assertThat(cids(run("mod", "queue", "--json").json())).doesNotContain(cids.get(0), cids.get(1), cids.get(2),
                cids.get(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void anApprovedCommentBecomesPublic(String charset) {
        signIn(charset, "admin", "admin123");
        JsonObject entry = run("mod", "queue", "--json").json().getAsJsonArray("entries").get(0).getAsJsonObject();
        long cid = entry.get("cid").getAsLong();
        long aid = entry.get("aid").getAsLong();
        assertThat(run("mod", "approve", String.valueOf(cid)).exitCode()).isZero();
        run("logout");
        JsonArray comments = run("comments", String.valueOf(aid), "--json").json().getAsJsonArray("comments");
        assertThat(comments).anySatisfy(c -> assertThat(c.getAsJsonObject().get("cid").getAsLong()).isEqualTo(cid));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void asksForThePasswordAgainWhenThePanelLapsesAndKeepsGoing(String charset) {
        signIn(charset, "admin", "admin123");
        List<Long> cids = cids(run("mod", "queue", "--json").json());
        portal.advanceClock(Duration.ofMinutes(31));
        Run after = run("mod", "delete", String.valueOf(cids.get(0)), "--json");
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
        env.put("FENGHUANG_PASSWORD", "wrong");
        portal.advanceClock(Duration.ofMinutes(31));
        Run refused = run("mod", "queue");
        assertThat(refused.exitCode()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void logsEveryDecisionWithWhatReallyHappened(String charset) throws Exception {
        signIn(charset, "admin", "admin123");
        JsonObject entry = run("mod", "queue", "--json").json().getAsJsonArray("entries").get(0).getAsJsonObject();
        long cid = entry.get("cid").getAsLong();
        run("mod", "delete", String.valueOf(cid));
        List<AuditLog.Entry> log = AuditLog.in(XdgDirs.from(Map.of(), home.toString())).read();
        assertThat(log).extracting(AuditLog.Entry::result).containsExactly("sent", "applied");
        AuditLog.Entry e = log.get(1);
        assertThat(e.cid()).isEqualTo(cid);
        assertThat(e.aid()).isEqualTo(entry.get("aid").getAsLong());
        assertThat(e.moderator()).isEqualTo("admin");
        assertThat(e.action()).isEqualTo("delete");
        assertThat(e.result()).isEqualTo("applied");
        assertThat(e.text()).isEqualTo(entry.get("text").getAsString());
        assertThat(run("mod", "log").out()).contains("delete #" + cid)
                .matches("(?s)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}  \\S.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void aMemberOrSuperModeratorGetsNoQueue(String charset) {
        signIn(charset, "moderator1", "mod12345");
        Run r = run("mod", "queue");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("管理中心(或此项操作)尚未对您开放");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void searchesRecentCommentsAndDeletesWhatItFound(String charset) {
        signIn(charset, "admin", "admin123");
        Run all = run("mod", "search", "--json");
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.json().get("total").getAsInt()).isPositive();
        JsonObject hit = all.json().getAsJsonArray("hits").get(0).getAsJsonObject();
        String author = hit.getAsJsonObject("author").get("name").getAsString();
        long aid = hit.get("aid").getAsLong();
        Run narrowed = run("mod", "search", "--aid", String.valueOf(aid), "--author", author, "--json");
        assertThat(narrowed.json().getAsJsonArray("hits")).isNotEmpty().allSatisfy(h -> {
            assertThat(h.getAsJsonObject().get("aid").getAsLong()).isEqualTo(aid);
            assertThat(h.getAsJsonObject().getAsJsonObject("author").get("name").getAsString()).isEqualTo(author);
        });
        int before = narrowed.json().get("total").getAsInt();
        List<String> args = new ArrayList<>(List.of("mod", "search", "--aid", String.valueOf(aid), "--author", author,
                "--json", "--delete"));
        narrowed.json().getAsJsonArray("hits").forEach(h -> args.add(h.getAsJsonObject().get("cid").getAsString()));
        Run deleted = run(args.toArray(String[]::new));
        assertThat(deleted.exitCode()).as(deleted.out() + deleted.err()).isZero();
        assertThat(deleted.json().get("allApplied").getAsBoolean()).isTrue();
        Run after = run("mod", "search", "--aid", String.valueOf(aid), "--author", author, "--json");
        assertThat(after.json().get("total").getAsInt()).isLessThan(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aCommentWithACensorWordLandsInTheQueueAndIsPublicOnlyOnceApproved(String charset) {
        signIn(charset, "admin", "admin123");
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(run("--account", "reader", "login", "--username", "reader1").exitCode()).isZero();
        String text = "审核测试：渠县“巾帼脱贫”—" + charset;
        Run posted = run("--account", "reader", "comment", "8", "--message", text, "--json");
        assertThat(posted.exitCode()).as(posted.out() + posted.err()).isZero();
        assertThat(run("--account", "guest", "whoami", "--json").json().get("guest").getAsBoolean())
                .as(run("--account", "guest", "whoami").out()).isTrue();
        assertThat(run("--account", "guest", "comments", "8", "--json").out()).as("hidden from the public")
                .doesNotContain(text);

        env.put("FENGHUANG_PASSWORD", "admin123");
        JsonObject found = run("mod", "queue", "--keyword", "巾帼脱贫", "--json").json();
        JsonObject entry = found.getAsJsonArray("entries").get(0).getAsJsonObject();
        assertThat(entry.get("text").getAsString()).isEqualTo(text);
        assertThat(entry.getAsJsonObject("author").get("name").getAsString()).isEqualTo("reader1");
        assertThat(entry.get("aid").getAsLong()).isEqualTo(8);
        assertThat(run("mod", "approve", entry.get("cid").getAsString()).exitCode()).isZero();
        assertThat(run("--account", "guest", "comments", "8", "--json").out()).contains(text);
    }

    private List<AuditLog.Entry> auditLog() throws Exception {
        return AuditLog.in(XdgDirs.from(Map.of(), home.toString())).read();
    }

    private long publishedComment(String text) {
        Run posted = run("comment", "8", "--message", text, "--json");
        assertThat(posted.exitCode()).as(posted.out() + posted.err()).isZero();
        assertThat(posted.json().get("pending").getAsBoolean()).isFalse();
        return posted.json().get("id").getAsLong();
    }

    private boolean isPublic(long cid) {
        JsonArray comments = run("--account", "guest", "comments", "8", "--json").json().getAsJsonArray("comments");
        for (JsonElement c : comments) {
            if (c.getAsJsonObject().get("cid").getAsLong() == cid) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void aPublishedOrUnknownCommentIsRefusedAsNotInTheQueueAndNothingIsSent(String charset) throws Exception {
        signIn(charset, "admin", "admin123");
        long published = publishedComment("已经公开的评论");
        for (String decision : List.of("delete", "approve", "ignore")) {
            Run r = run("--lang", "en", "mod", decision, String.valueOf(published), "999999");
            assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
            assertThat(r.out()).contains("#" + published + "  " + decision + "  not in the queue")
                    .contains("#999999  " + decision + "  not in the queue");
        }
        assertThat(isPublic(published)).isTrue();
        assertThat(auditLog()).isEmpty();
        assertThat(portal.requestLog()).noneMatch(line -> line.contains("moderate%5B") || line.contains("fast=1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void onlyTheIdsTheQueueHoldsAreDecidedInAMixedBatch(String charset) throws Exception {
        signIn(charset, "admin", "admin123");
        long published = publishedComment("混在一起的公开评论");
        long queued = cids(run("mod", "queue", "--json").json()).get(0);
        Run r = run("mod", "delete", String.valueOf(queued), String.valueOf(published), "--json");
        assertThat(r.exitCode()).isEqualTo(3);
        JsonArray outcomes = r.json().getAsJsonArray("outcomes");
        assertThat(outcomes.get(0).getAsJsonObject().get("fate").getAsString()).isEqualTo("applied");
        assertThat(outcomes.get(1).getAsJsonObject().get("fate").getAsString()).isEqualTo("not-in-queue");
        assertThat(isPublic(published)).isTrue();
        assertThat(auditLog()).extracting(AuditLog.Entry::cid).containsOnly(queued);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void withTheFlagACommentOutsideTheQueueIsDecidedAfterItsTextIsLogged(String charset) throws Exception {
        signIn(charset, "admin", "admin123");
        long published = publishedComment("要删掉的公开评论");
        Run r = run("mod", "delete", String.valueOf(published), "--not-in-queue", "--json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(isPublic(published)).isFalse();
        List<AuditLog.Entry> log = auditLog();
        assertThat(log).extracting(AuditLog.Entry::result).containsExactly("sent", "applied");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.cid()).isEqualTo(published);
            assertThat(e.text()).isEqualTo("要删掉的公开评论");
            assertThat(e.moderator()).isEqualTo("admin");
        });

        // The site gives no article id with a comment outside the queue (3.6): logged as absent, never as 0.
        assertThat(log).allSatisfy(e -> assertThat(e.aid()).isNull());
        assertThat(Files.readAllLines(AuditLog.in(XdgDirs.from(Map.of(), home.toString())).file()))
                .allSatisfy(line -> assertThat(line).contains("\"aid\":null").doesNotContain("\"aid\":0"));
        assertThat(run("mod", "log").out()).contains("delete #" + published + " [?]");

        Run unknown = run("--lang", "en", "mod", "delete", "999999", "--not-in-queue");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.out()).contains("#999999  delete  the site shows no comment with this id (not sent)")
                .doesNotContain("--not-in-queue decides");
        Run unknownJson = run("mod", "delete", "999999", "--not-in-queue", "--json");
        assertThat(unknownJson.json().getAsJsonArray("outcomes").get(0).getAsJsonObject().get("fate").getAsString())
                .isEqualTo("no-such-comment");
        Run unknownZh = run("--lang", "zh", "mod", "delete", "999999", "--not-in-queue");
        assertThat(unknownZh.out()).contains("#999999").contains("站点上没有这个评论").doesNotContain("--not-in-queue");
        assertThat(auditLog()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void aDecisionWhoseAnswerNeverComesIsLoggedAsSentBeforeAndUnknownAfterWithoutAnotherRequest(String charset)
            throws Exception {
        signIn(charset, "admin", "admin123");
        JsonObject entry = run("mod", "queue", "--json").json().getAsJsonArray("entries").get(0).getAsJsonObject();
        long cid = entry.get("cid").getAsLong();
        portal.inject(Fault.DROP_AFTER_WRITE);
        Run r = run("mod", "delete", String.valueOf(cid));
        assertThat(r.exitCode()).isNotZero();
        List<String> requests = portal.requestLog();
        assertThat(requests.get(requests.size() - 1)).as("nothing asked after the decision")
                .contains("action=moderate&operation=articlecomments").doesNotContain("page=");
        List<AuditLog.Entry> log = auditLog();
        assertThat(log).extracting(AuditLog.Entry::result).containsExactly("sent", "unknown");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.cid()).isEqualTo(cid);
            assertThat(e.moderator()).isEqualTo("admin");
            assertThat(e.text()).isEqualTo(entry.get("text").getAsString());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void searchDeletesOnlyTheIdsGivenNotACommentPostedAfterTheListing(String charset) throws Exception {
        signIn(charset, "admin", "admin123");
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(run("--account", "reader", "login", "--username", "reader1").exitCode()).isZero();
        assertThat(run("--account", "reader", "comment", "8", "--message", "先看到的评论").exitCode()).isZero();
        env.put("FENGHUANG_PASSWORD", "admin123");
        JsonArray listed = run("mod", "search", "--aid", "8", "--json").json().getAsJsonArray("hits");
        assertThat(listed).hasSize(1);
        long seen = listed.get(0).getAsJsonObject().get("cid").getAsLong();

        portal.advanceClock(Duration.ofMinutes(1));
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(run("--account", "reader", "comment", "8", "--message", "后来才发的评论").exitCode()).isZero();
        env.put("FENGHUANG_PASSWORD", "admin123");

        Run noIds = run("mod", "search", "--aid", "8", "--delete");
        assertThat(noIds.exitCode()).as(noIds.out() + noIds.err()).isEqualTo(2);
        assertThat(run("mod", "search", "--aid", "8", "--json").json().get("total").getAsInt()).isEqualTo(2);

        Run deleted = run("mod", "search", "--aid", "8", "--delete", String.valueOf(seen), "--json");
        assertThat(deleted.exitCode()).as(deleted.out() + deleted.err()).isZero();
        JsonArray left = run("mod", "search", "--aid", "8", "--json").json().getAsJsonArray("hits");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo("后来才发的评论");
        assertThat(auditLog()).extracting(AuditLog.Entry::result).containsExactly("sent", "applied");
        assertThat(auditLog()).allSatisfy(e -> assertThat(e.text()).isEqualTo("先看到的评论"));
    }
}
