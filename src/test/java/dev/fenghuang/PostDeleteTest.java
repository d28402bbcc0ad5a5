package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumWrite;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deleting one's own forum reply (4.6: the edit form sent with {@code delete=1}) on a UTF-8 and a GBK demo portal,
 * through the application and {@code post delete PID}: one's own reply goes, another member's post is refused in the
 * site's words (exit 3) and stays.
 */
class PostDeleteTest {
    private static final long TID = 1;

    @TempDir
    Path home;

    private DemoPortal portal;
    private PortalSession session;
    private ForumParticipation forum;

    private void start(boolean gbk) throws Exception {
        portal = DemoPortal.start(gbk ? DemoOptions.builder().gbk().build() : DemoOptions.defaults());
        portal.freezeClock();
        session = new Main(XdgDirs.from(Map.of(), home.toString())).session(portal.baseUrl().toString(), false, null);
        assertThat(session.participation().login("reader1", "reader123".toCharArray(), 0, null, true, null)
                .accepted()).isTrue();
        forum = session.participation().forum();
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    private boolean shown(long pid) throws Exception {
        return forum.newestFloors(TID).floors().stream().anyMatch(f -> f.pid() == pid);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void anOwnReplyIsDeletedAndGoneFromTheThread(boolean gbk) throws Exception {
        start(gbk);
        ForumWrite reply = forum.reply(TID, 0, "这条回复稍后由作者删除");
        assertThat(shown(reply.pid())).isTrue();
        ForumWrite deleted = forum.delete(TID, reply.pid());
        assertThat(deleted.result()).isInstanceOfSatisfying(PostResult.Posted.class,
                p -> assertThat(p.message()).contains("删除成功"));
        assertThat(shown(reply.pid())).isFalse();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void anotherMembersPostIsRefusedInTheSitesWordsAndStays(boolean gbk) throws Exception {
        start(gbk);
        Floor other = forum.newestFloors(TID).floors().get(0);
        ForumWrite refused = forum.delete(TID, other.pid());
        assertThat(refused.result()).isInstanceOfSatisfying(PostResult.Refused.class,
                r -> assertThat(r.message().text()).contains("没有权限"));
        assertThat(shown(other.pid())).isTrue();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void postDeleteTellsJsonAndExitsThreeOnARefusal(boolean gbk) throws Exception {
        start(gbk);
        ForumWrite reply = forum.reply(TID, 0, "命令行删除自己的回复");
        long other = forum.newestFloors(TID).floors().get(0).pid();
        session.close();
        session = null;
        String[] mine = cli("post", "delete", String.valueOf(reply.pid()), "--thread", "1", "--json");
        assertThat(mine[0]).as(mine[2]).isEqualTo("0");
        JsonObject o = JsonParser.parseString(mine[1]).getAsJsonObject();
        assertThat(o.get("pid").getAsLong()).isEqualTo(reply.pid());
        assertThat(o.get("tid").getAsLong()).isEqualTo(TID);
        String[] refused = cli("post", "delete", String.valueOf(other));
        assertThat(refused[0]).isEqualTo("3");
        assertThat(refused[2]).contains("没有权限");
        assertThat(cli("post", "delete", "0")[0]).isEqualTo("2");
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void deletedIsTheJsonOutcomeWithThePidAndTheThread(boolean gbk) throws Exception {
        start(gbk);
        ForumWrite reply = forum.reply(TID, 0, "命令行删除自己的回复，不给主题");
        session.close();
        session = null;
        String[] mine = cli("post", "delete", String.valueOf(reply.pid()), "--json");
        assertThat(mine[0]).as(mine[2]).isEqualTo("0");
        JsonObject o = JsonParser.parseString(mine[1]).getAsJsonObject();
        assertThat(o.get("outcome").getAsString()).isEqualTo("deleted");
        assertThat(o.get("pid").getAsLong()).isEqualTo(reply.pid());
        assertThat(o.get("tid").getAsLong()).isEqualTo(TID);
        assertThat(o.has("floor")).isFalse();
        assertThat(o.has("id")).isFalse();
    }

    /** The first post is the thread: refused here before the delete is sent, and the thread keeps it. */
    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void theFirstPostOfOnesOwnThreadIsRefusedBeforeSending(boolean gbk) throws Exception {
        start(gbk);
        ForumWrite thread = forum.newThread(2, new dev.fenghuang.app.forum.ThreadDraft("自己的主题", "", "首帖不能单独删除"));
        long tid = thread.tid();
        long firstPid = forum.newestFloors(tid).floors().get(0).pid();
        session.close();
        session = null;
        for (String[] args : new String[][] {{"post", "delete", String.valueOf(firstPid)},
                {"post", "delete", String.valueOf(firstPid), "--thread", String.valueOf(tid)}}) {
            String[] r = cli(args);
            assertThat(r[0]).as(r[2]).isEqualTo("3");
            assertThat(r[2]).contains("first post").contains("moderator").doesNotContain("编辑成功");
        }
        session = new Main(XdgDirs.from(Map.of(), home.toString())).session(portal.baseUrl().toString(), false, null);
        assertThat(session.participation().forum().newestFloors(tid).floors()).extracting(Floor::pid)
                .contains(firstPid);
    }

    /** Runs the CLI as reader1 (signed in above); exit code, standard output, standard error. */
    private String[] cli(String... args) {
        CliRun.Run r = CliRun.on(portal.baseUrl(), home).env(new HashMap<>()).stdin(new byte[0]).run(args);
        return new String[] {String.valueOf(r.exitCode()), r.out(), r.err()};
    }
}
