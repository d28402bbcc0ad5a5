package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fenghuang.CliRun.Run;
import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.forum.seed.SeedThreads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forum moderation through the CLI against the demo portal: the admin panel's thread and reply queues (5.7). */
class ForumModCommandsTest {
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

    /** The fate of the {@code i}th outcome a --json run gives. */
    private static String fate(Run run, int i) {
        return run.json().getAsJsonArray("outcomes").get(i).getAsJsonObject().get("fate").getAsString();
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env).run(args);
    }

    private void start(String charset) {
        portal = DemoPortal.start(charset.equals("gbk") ? DemoOptions.builder().gbk().build() : DemoOptions.defaults());
    }

    private void signIn(String user, String password) {
        env.put("FENGHUANG_PASSWORD", password);
        Run in = run("login", "--username", user);
        assertThat(in.exitCode()).as(in.err()).isZero();
    }

    private static List<Long> ids(JsonObject page, String field) {
        List<Long> ids = new ArrayList<>();
        for (JsonElement e : page.getAsJsonArray("entries")) {
            ids.add(e.getAsJsonObject().get(field).getAsLong());
        }
        return ids;
    }

    private List<AuditLog.Entry> audit() throws Exception {
        return AuditLog.in(XdgDirs.from(Map.of(), home.toString())).read();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aReplyHeldForItsCensorWordIsApprovedFromTheReplyQueueAndShowsInItsThread(String charset) throws Exception {
        start(charset);
        int pid = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 1, "黄花节那天人多吗？审核测试");
        assertThat(portal.forumPostState(pid)).isEqualTo("pending");
        signIn("admin", "admin123");

        Run queue = run("mod", "replies", "--json");
        assertThat(queue.exitCode()).as(queue.err()).isZero();
        JsonObject entry = null;
        for (JsonElement e : queue.json().getAsJsonArray("entries")) {
            if (e.getAsJsonObject().get("pid").getAsLong() == pid) {
                entry = e.getAsJsonObject();
            }
        }
        assertThat(entry).as(queue.out()).isNotNull();
        assertThat(entry.get("tid").getAsLong()).isEqualTo(1);
        assertThat(entry.get("fid").getAsInt()).isEqualTo(2);
        assertThat(entry.get("subject").getAsString()).isEqualTo("2026渠县黄花节攻略贴：吃住行一帖搞定");
        assertThat(entry.getAsJsonObject("author").get("name").getAsString()).isEqualTo("reader1");
        assertThat(entry.get("text").getAsString()).contains("黄花节那天人多吗？");
        assertThat(entry.get("time").isJsonNull()).isFalse();

        Run approve = run("mod", "approve", "--reply", String.valueOf(pid), "--json");
        assertThat(approve.json().getAsJsonArray("outcomes").get(0).getAsJsonObject().get("pid").getAsLong())
                .as(approve.out()).isEqualTo(pid);
        assertThat(approve.exitCode()).as(approve.out() + approve.err()).isZero();
        assertThat(fate(approve, 0)).isEqualTo("applied");
        assertThat(portal.forumPostState(pid)).isEqualTo("visible");
        assertThat(new ForumPoster(portal).thread(1, 7)).contains("id=\"post_" + pid + "\"");
        assertThat(ids(run("mod", "replies", "--json").json(), "pid")).doesNotContain((long) pid);
    }

    /** The thread page read (and stored) before a decision is read again after it: the approved reply shows. */
    @Test
    void aThreadReadBeforeTheApprovalShowsTheApprovedReplyAfterIt() throws Exception {
        start("utf-8");
        int pid = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 1, "批准之后应当看到的回复审核测试");
        signIn("admin", "admin123");
        Run before = run("thread", "1", "--page", "7", "--json");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).doesNotContain("批准之后应当看到的回复");
        Run approve = run("mod", "approve", "--reply", String.valueOf(pid));
        assertThat(approve.exitCode()).as(approve.out() + approve.err()).isZero();
        Run after = run("thread", "1", "--page", "7", "--json");
        assertThat(after.out()).as("read again, not the stored page of before").contains("批准之后应当看到的回复");
    }

    /** A post id prints as the site writes it (no digit grouping), and the advice is only what works for posts. */
    @Test
    void aPostNotInTheQueueIsToldByItsPlainIdWithoutCommentAdvice() throws Exception {
        start("utf-8");
        signIn("admin", "admin123");
        Run delete = run("mod", "delete", "--reply", "1075");
        assertThat(delete.exitCode()).as(delete.out() + delete.err()).isEqualTo(3);
        assertThat(delete.out()).contains("1075").doesNotContain("1,075").doesNotContain("--not-in-queue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void decidesOnlyAboutIdsTheQueueHoldsAndExitsThreeForTheOthers(String charset) throws Exception {
        start(charset);
        signIn("admin", "admin123");
        int visible = 2;
        assertThat(portal.forumPostState(visible)).isEqualTo("visible");
        Run delete = run("mod", "delete", "--reply", String.valueOf(visible), "--json");
        assertThat(delete.exitCode()).as(delete.out() + delete.err()).isEqualTo(3);
        assertThat(fate(delete, 0)).isEqualTo("not-in-queue");
        assertThat(portal.forumPostState(visible)).isEqualTo("visible");
        assertThat(audit()).isEmpty();
        Run mixed = run("mod", "delete", "--thread", "1", "--reply", "2");
        assertThat(mixed.exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void ignoresAHeldThreadAndLogsTheDecisionBeforeAndAfter(String charset) throws Exception {
        start(charset);
        signIn("admin", "admin123");
        long tid = SeedThreads.HELD_TID;
        Run threads = run("mod", "threads", "--json");
        assertThat(threads.exitCode()).as(threads.err()).isZero();
        assertThat(ids(threads.json(), "tid")).contains(tid);

        Run ignore = run("mod", "ignore", "--thread", String.valueOf(tid), "--reason", "再看看", "--json");
        assertThat(ignore.exitCode()).as(ignore.out() + ignore.err()).isZero();
        JsonObject decided = ignore.json().getAsJsonArray("outcomes").get(0).getAsJsonObject();
        assertThat(decided.has("cid")).as("a thread is no comment: " + decided).isFalse();
        assertThat(decided.get("tid").getAsLong()).isEqualTo(tid);
        assertThat(ids(run("mod", "threads", "--ignored", "--json").json(), "tid")).contains(tid);
        assertThat(ids(run("mod", "threads", "--json").json(), "tid")).doesNotContain(tid);

        List<AuditLog.Entry> log = audit();
        assertThat(log).extracting(AuditLog.Entry::result).containsExactly("sent", "applied");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.cid()).as("a thread is no comment").isNull();
            assertThat(e.tid()).isEqualTo(tid);
            assertThat(e.pid()).isNull();
            assertThat(e.fid()).isPositive();
            assertThat(e.action()).isEqualTo("ignore-thread");
            assertThat(e.moderator()).isEqualTo("admin");
            assertThat(e.text()).contains("审核测试");
        });
        assertThat(log.get(1).detail()).startsWith("再看看");
        Run logText = run("mod", "log");
        assertThat(logText.out()).as(logText.out()).contains("ignore-thread thread " + tid).doesNotContain("[?]");
        Run logJson = run("mod", "log", "--json");
        assertThat(logJson.out()).as(logJson.out()).contains("\"tid\":" + tid).doesNotContain("\"cid\"");
        Run inText = run("mod", "ignore", "--thread", String.valueOf(tid));
        assertThat(inText.out()).as(inText.out() + inText.err()).contains("thread " + tid).doesNotContain("#" + tid);

        Run approve = run("mod", "approve", "--thread", String.valueOf(tid), "--json");
        assertThat(approve.exitCode()).as(approve.out() + approve.err()).isZero();
        assertThat(ids(run("mod", "threads", "--ignored", "--json").json(), "tid")).doesNotContain(tid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aSuperModeratorDeletesAReplyWithTheThreadToolsAndItLeavesTheThread(String charset) throws Exception {
        start(charset);
        int pid = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 1, "顶一下这个攻略帖");
        assertThat(portal.forumPostState(pid)).isEqualTo("visible");
        signIn("moderator1", "mod12345");

        Run delete = run("mod", "thread", "1", "--delete-post", String.valueOf(pid), "--reason", "灌水", "--json");
        assertThat(delete.exitCode()).as(delete.out() + delete.err()).isZero();
        JsonObject outcome = delete.json().getAsJsonArray("outcomes").get(0).getAsJsonObject();
        assertThat(outcome.get("id").getAsLong()).isEqualTo(pid);
        assertThat(outcome.get("fate").getAsString()).isEqualTo("applied");
        assertThat(outcome.get("text").getAsString()).isEqualTo("顶一下这个攻略帖");
        assertThat(portal.forumPostState(pid)).isEqualTo("recycled");
        assertThat(new ForumPoster(portal).thread(1, 7)).doesNotContain("id=\"post_" + pid + "\"");
        assertThat(portal.forumModerationLog()).anyMatch(line -> line.contains("moderator1") && line.contains("灌水"));

        List<AuditLog.Entry> log = audit();
        assertThat(log).extracting(AuditLog.Entry::result).containsExactly("sent", "applied");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("delete-post");
            assertThat(e.cid()).isNull();
            assertThat(e.pid()).isEqualTo(pid);
            assertThat(e.tid()).isEqualTo(1L);
            assertThat(e.fid()).isEqualTo(2);
            assertThat(e.text()).isEqualTo("顶一下这个攻略帖");
        });
        assertThat(run("mod", "log").out()).contains("delete-post post " + pid + " in thread 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void closesAndOpensAThreadAndBansAPost(String charset) throws Exception {
        start(charset);
        int pid = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 1, "这条会被屏蔽");
        signIn("moderator1", "mod12345");
        Run close = run("mod", "thread", "1", "--close", "--reason", "已解决", "--json");
        assertThat(close.exitCode()).as(close.out() + close.err()).isZero();
        assertThat(close.json().get("action").getAsString()).isEqualTo("close-thread");
        assertThat(new ForumPoster(portal).thread(1, 1)).contains("关闭");
        Run open = run("mod", "thread", "1", "--open", "--json");
        assertThat(open.exitCode()).as(open.out() + open.err()).isZero();

        Run ban = run("mod", "thread", "1", "--ban-post", String.valueOf(pid), "--json");
        assertThat(ban.exitCode()).as(ban.out() + ban.err()).isZero();
        assertThat(portal.forumPostState(pid)).isEqualTo("banned");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void sendsNothingForAPostTheThreadDoesNotHold(String charset) throws Exception {
        start(charset);
        signIn("moderator1", "mod12345");
        int elsewhere = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 2, "别的主题里的回复");
        Run delete = run("mod", "thread", "1", "--delete-post", String.valueOf(elsewhere), "--json");
        assertThat(delete.exitCode()).as(delete.out() + delete.err()).isEqualTo(3);
        assertThat(fate(delete, 0)).isEqualTo("not-found");
        assertThat(portal.forumPostState(elsewhere)).isEqualTo("visible");
        assertThat(audit()).isEmpty();
        assertThat(run("mod", "thread", "1").exitCode()).isEqualTo(2);
        assertThat(run("mod", "thread", "1", "--close", "--open").exitCode()).isEqualTo(2);
        assertThat(run("mod", "thread", "1", "--stick", "4").exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void aMemberWhoDoesNotModerateGetsTheSitesRefusal(String charset) throws Exception {
        start(charset);
        signIn("reader1", "reader123");
        Run close = run("mod", "thread", "1", "--close");
        assertThat(close.exitCode()).as(close.out() + close.err()).isEqualTo(3);
        assertThat(close.err()).contains("抱歉，您没有权限使用管理功能");
        assertThat(audit()).extracting(AuditLog.Entry::result).containsExactly("sent", "not-applied");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aSuperModeratorEntersTheModcpPasswordThenApprovesAHeldReplyThere(String charset) throws Exception {
        start(charset);
        int pid = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 1, "版主面板审核测试");
        signIn("moderator1", "mod12345");

        Run queue = run("mod", "replies", "--modcp", "--json");
        assertThat(queue.exitCode()).as(queue.out() + queue.err()).isZero();
        assertThat(portal.requestLog()).anyMatch(line -> line.contains("mod=modcp&action=login"));
        JsonObject entry = null;
        for (JsonElement e : queue.json().getAsJsonArray("entries")) {
            if (e.getAsJsonObject().get("pid").getAsLong() == pid) {
                entry = e.getAsJsonObject();
            }
        }
        assertThat(entry).as(queue.out()).isNotNull();
        assertThat(entry.get("tid").getAsLong()).isEqualTo(1);
        assertThat(entry.get("fid").getAsInt()).isEqualTo(2);
        assertThat(entry.get("text").getAsString()).isEqualTo("版主面板审核测试");
        assertThat(entry.getAsJsonObject("author").get("name").getAsString()).isEqualTo("reader1");

        Run approve = run("mod", "approve", "--reply", String.valueOf(pid), "--modcp", "--reason", "通过", "--json");
        assertThat(approve.exitCode()).as(approve.out() + approve.err()).isZero();
        assertThat(fate(approve, 0)).isEqualTo("applied");
        assertThat(portal.forumPostState(pid)).isEqualTo("visible");
        assertThat(audit()).extracting(AuditLog.Entry::action).containsExactly("approve-reply", "approve-reply");

        Run notHeld = run("mod", "delete", "--reply", String.valueOf(pid), "--modcp", "--json");
        assertThat(notHeld.exitCode()).isEqualTo(3);
        assertThat(fate(notHeld, 0)).isEqualTo("not-in-queue");
        assertThat(portal.forumPostState(pid)).isEqualTo("visible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void aWrongModcpPasswordIsRefusedWithExitThree(String charset) {
        start(charset);
        signIn("moderator1", "mod12345");
        env.put("FENGHUANG_PASSWORD", "wrong-password");
        Run queue = run("mod", "threads", "--modcp");
        assertThat(queue.exitCode()).as(queue.out() + queue.err()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void pagesThroughAQueueLongerThanAPageAndDecidesOnItsSecondPage(String charset) throws Exception {
        start(charset);
        ForumPoster reader = ForumPoster.signedIn(portal, "reader1", "reader123");
        List<Integer> pids = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            portal.advanceClock(java.time.Duration.ofSeconds(20));
            pids.add(reader.reply(2, 1, "第" + i + "条待审核回复，审核测试"));
        }
        signIn("admin", "admin123");
        JsonObject first = run("mod", "replies", "--json").json();
        assertThat(first.get("pageCount").getAsInt()).as(first.toString()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("total").getAsInt()).isGreaterThanOrEqualTo(23);
        Run second = run("mod", "replies", "--page", "2", "--json");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(ids(second.json(), "pid")).contains((long) pids.get(0));
        Run approve = run("mod", "approve", "--reply", String.valueOf(pids.get(0)), "--json");
        assertThat(approve.exitCode()).as(approve.out() + approve.err()).isZero();
        assertThat(portal.forumPostState(pids.get(0))).isEqualTo("visible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void sticksDigestsAndMovesAThreadAsTheBoardListShowsAfterwards(String charset) {
        start(charset);
        signIn("moderator1", "mod12345");
        Run stick = run("mod", "thread", "2", "--stick", "1", "--reason", "重要", "--json");
        assertThat(stick.exitCode()).as(stick.out() + stick.err()).isZero();
        Run digest = run("mod", "thread", "2", "--digest", "2", "--json");
        assertThat(digest.exitCode()).as(digest.out() + digest.err()).isZero();
        Run move = run("mod", "thread", "2", "--move", "4", "--json");
        assertThat(move.exitCode()).as(move.out() + move.err()).isZero();
        assertThat(fate(move, 0)).isEqualTo("applied");
    }

    /** The pids of a thread's first page, in order: the first is its first post (楼主). */
    private List<Long> pidsOf(int tid) {
        return pidsOf(tid, 1);
    }

    private List<Long> pidsOf(int tid, int page) {
        List<Long> pids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"post_(\\d+)\"")
                .matcher(new ForumPoster(portal).thread(tid, page));
        while (m.find()) {
            pids.add(Long.parseLong(m.group(1)));
        }
        return pids;
    }

    /**
     * Deleting the first post deletes the thread with its replies: the CLI sends it only with --with-replies naming
     * how many replies go with it now, and calls it delete-thread in its output and in the audit log.
     */
    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void theFirstPostIsDeletedOnlyWithTheCountOfRepliesThatGoWithIt(String charset) throws Exception {
        start(charset);
        int late = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 6, "楼主被删前的回复");
        List<Long> pids = pidsOf(6);
        long first = pids.get(0);
        int replies = pids.size() - 1;
        signIn("moderator1", "mod12345");

        Run blind = run("mod", "thread", "6", "--delete-post", String.valueOf(first), "--json");
        assertThat(blind.exitCode()).as(blind.out() + blind.err()).isEqualTo(2);
        assertThat(blind.err()).contains("--with-replies " + replies + " --last-post " + late).contains("thread 6");
        Run countOnly = run("mod", "thread", "6", "--delete-post", String.valueOf(first), "--with-replies",
                String.valueOf(replies), "--json");
        assertThat(countOnly.exitCode()).as(countOnly.out() + countOnly.err()).isEqualTo(2);
        assertThat(countOnly.err()).contains("--last-post " + late);
        Run stale = run("mod", "thread", "6", "--delete-post", String.valueOf(first), "--with-replies",
                String.valueOf(replies - 1), "--last-post", String.valueOf(late), "--json");
        assertThat(stale.exitCode()).as(stale.out() + stale.err()).isEqualTo(3);
        assertThat(stale.err()).contains("nothing deleted");
        assertThat(portal.forumPostState((int) first)).isEqualTo("visible");
        assertThat(portal.forumPostState(late)).isEqualTo("visible");
        assertThat(audit()).isEmpty();

        Run delete = run("mod", "thread", "6", "--delete-post", String.valueOf(first), "--with-replies",
                String.valueOf(replies), "--last-post", String.valueOf(late), "--reason", "重复主题", "--json");
        assertThat(delete.exitCode()).as(delete.out() + delete.err()).isZero();
        assertThat(delete.json().get("action").getAsString()).isEqualTo("delete-thread");
        JsonObject outcome = delete.json().getAsJsonArray("outcomes").get(0).getAsJsonObject();
        assertThat(outcome.get("action").getAsString()).isEqualTo("delete-thread");
        assertThat(outcome.get("replies").getAsInt()).isEqualTo(replies);
        assertThat(outcome.get("fate").getAsString()).isEqualTo("applied");
        assertThat(audit()).extracting(AuditLog.Entry::action).containsExactly("delete-thread", "delete-thread");
        assertThat(audit()).allSatisfy(e -> {
            assertThat(e.tid()).isEqualTo(6L);
            assertThat(e.detail()).contains(replies + " replies");
        });
        assertThat(run("mod", "log").out()).contains("delete-thread thread 6");
        assertThat(new ForumPoster(portal).thread(6, 1)).doesNotContain("id=\"post_" + late + "\"");
        assertThat(portal.forumPostState((int) first)).as("the thread went to the recycle bin").isEqualTo("recycled");
        assertThat(portal.forumPostState(late)).as("its replies with it").isEqualTo("recycled");
    }

    /**
     * The count alone is no proof: a reply deleted on a later page and another posted after the moderator looked
     * leave the count as it was. The last post said with --last-post is compared too; nothing is sent, one line says
     * which post is last now.
     */
    @Test
    void theFirstPostIsNotDeletedWhenAReplyWasSwappedForAnotherUnderTheSameCount() throws Exception {
        start("utf-8");
        signIn("moderator1", "mod12345");
        Run shown = run("thread", "1", "--json");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        int replies = shown.json().get("replies").getAsInt();
        int lastPage = shown.json().get("pageCount").getAsInt();
        assertThat(lastPage).isGreaterThan(2);
        long first = pidsOf(1).get(0);
        List<Long> last = pidsOf(1, lastPage);
        long lastSeen = last.get(last.size() - 1);
        long middle = pidsOf(1, 3).get(2);

        Run gone = run("mod", "thread", "1", "--delete-post", String.valueOf(middle));
        assertThat(gone.exitCode()).as(gone.out() + gone.err()).isZero();
        int newer = ForumPoster.signedIn(portal, "reader1", "reader123").reply(2, 1, "版主看过之后才发的回复");
        assertThat(run("thread", "1", "--json").json().get("replies").getAsInt()).isEqualTo(replies);

        Run swapped = run("mod", "thread", "1", "--delete-post", String.valueOf(first), "--with-replies",
                String.valueOf(replies), "--last-post", String.valueOf(lastSeen), "--json");
        assertThat(swapped.exitCode()).as(swapped.out() + swapped.err()).isEqualTo(3);
        assertThat(swapped.err().strip().lines()).hasSize(1);
        assertThat(swapped.err()).contains("thread 1").contains(String.valueOf(newer)).contains(String.valueOf(lastSeen))
                .contains("nothing deleted");
        assertThat(portal.forumPostState((int) first)).isEqualTo("visible");
        assertThat(portal.forumPostState(newer)).isEqualTo("visible");
        assertThat(audit()).extracting(AuditLog.Entry::action).doesNotContain("delete-thread");
    }

    /**
     * The site's popup offers a super moderator stick levels 0-2: level 3 is refused before the popup goes back
     * (the audit log says the decision was not sent, as for a lapsed admin session).
     */
    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void aStickLevelTheToolsDoNotOfferIsRefusedBeforeSending(String charset) throws Exception {
        start(charset);
        signIn("moderator1", "mod12345");
        int logged = portal.forumModerationLog().size();
        Run stick = run("mod", "thread", "1", "--stick", "3");
        assertThat(stick.exitCode()).as(stick.out() + stick.err()).isEqualTo(2);
        assertThat(stick.err()).contains("0, 1, 2").doesNotContain("NOT done");
        assertThat(audit()).extracting(AuditLog.Entry::result).containsExactly("sent", "not-sent");
        assertThat(portal.forumModerationLog()).hasSize(logged);
    }

    /** A board the forum index does not list: told so before anything is sent (no audit line, no decision). */
    @ParameterizedTest
    @ValueSource(strings = {"utf-8"})
    void movingToABoardThatDoesNotExistIsRefusedBeforeSending(String charset) throws Exception {
        start(charset);
        signIn("moderator1", "mod12345");
        Run move = run("mod", "thread", "3", "--move", "99");
        assertThat(move.exitCode()).as(move.out() + move.err()).isEqualTo(3);
        assertThat(move.err()).contains("no board 99").doesNotContain("NOT done");
        assertThat(audit()).isEmpty();
        Run sub = run("mod", "thread", "3", "--move", "5", "--json");
        assertThat(sub.exitCode()).as("a sub-board is a board: " + sub.out() + sub.err()).isZero();
    }
}
