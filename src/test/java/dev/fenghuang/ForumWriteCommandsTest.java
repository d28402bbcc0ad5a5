package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.fenghuang.CliRun.Run;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code reply}, {@code post}, {@code post edit} and {@code favorite add --thread} against the demo portal (UTF-8
 * and GBK): the portal commands' exit codes (0 accepted, 2 usage, 3 refused), text from --message or standard
 * input, and --json with fid, tid, pid and floor.
 */
class ForumWriteCommandsTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private byte[] rawStdin;

    private void start(boolean gbk) {
        portal = DemoPortal.start(gbk ? DemoOptions.builder().gbk().build() : DemoOptions.defaults());
        portal.freezeClock();
        env.put("FENGHUANG_PASSWORD", "reader123");
        assertThat(run("login", "--username", "reader1").exitCode()).isZero();
        env.remove("FENGHUANG_PASSWORD");
    }

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env)
                .stdin(rawStdin != null ? rawStdin : stdin.getBytes(StandardCharsets.UTF_8)).run(args);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void replyFromStandardInputTellsTidPidAndFloorAsJson(boolean gbk) {
        start(gbk);
        stdin = "从标准输入来的回复内容\n";
        Run r = run("reply", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject o = r.json();
        assertThat(o.get("accepted").getAsBoolean()).isTrue();
        assertThat(o.get("fid").getAsInt()).isEqualTo(2);
        assertThat(o.get("tid").getAsLong()).isEqualTo(1);
        assertThat(o.get("pid").getAsLong()).isPositive();
        assertThat(o.get("floor").getAsInt()).isGreaterThan(60);
        assertThat(o.get("pending").getAsBoolean()).isFalse();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aSecondReplyTooSoonExitsThreeTellsTheWaitAndKeepsTheDraft(boolean gbk) {
        start(gbk);
        assertThat(run("reply", "1", "--message", "第一条命令行回复内容").exitCode()).isZero();
        stdin = "第二条命令行回复内容\n";
        Run tooSoon = run("reply", "1");
        assertThat(tooSoon.exitCode()).isEqualTo(3);
        assertThat(tooSoon.err()).contains("15 s").contains("fenghuang reply 1 --draft");
        portal.advanceClock(Duration.ofSeconds(16));
        Run again = run("reply", "1", "--draft", "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aQuoteReplyAndACensorWordHeldForModeration(boolean gbk) {
        start(gbk);
        Run quoted = run("reply", "1", "--quote", "2", "--message", "引用第二楼的内容作答", "--json");
        assertThat(quoted.exitCode()).as(quoted.err()).isZero();
        portal.advanceClock(Duration.ofSeconds(16));
        Run held = run("reply", "1", "--message", "这条里面有待审词所以要审核");
        assertThat(held.exitCode()).as(held.err()).isZero();
        assertThat(held.out()).contains("held for moderation");
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void postWithoutTheRequiredTypeIsRefusedBeforeSendingWithTheTypesThenPostedWithOne(boolean gbk) {
        start(gbk);
        Run untyped = run("post", "3", "--subject", "求购二手自行车一辆", "--message", "价格合适就行，渠县城区");
        assertThat(untyped.exitCode()).isEqualTo(3);
        assertThat(untyped.err()).contains("尚未选择主题的类别").contains("4 ").doesNotContain("15 s");
        // refused before sending: no flood lock was taken, the typed one goes at once
        Run typed = run("post", "3", "--draft", "--type", "4", "--json");
        assertThat(typed.exitCode()).as(typed.err()).isZero();
        assertThat(typed.json().get("tid").getAsLong()).isPositive();
        assertThat(typed.json().get("fid").getAsInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void damagedStandardInputIsAUsageErrorAndNothingIsKept(boolean gbk) throws Exception {
        start(gbk);
        rawStdin = new byte[] {(byte) 0xe6, (byte) 0xb8, 'a', (byte) 0xff, 'b', '\n'};
        Run r = run("reply", "1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("UTF-8");
        rawStdin = null;
        assertThat(run("reply", "1", "--draft").exitCode()).as("no draft was kept").isEqualTo(2);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aSubjectTooLongIsAUsageError(boolean gbk) {
        start(gbk);
        Run r = run("post", "2", "--subject", "长".repeat(41), "--message", "正文内容足够长了吧");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("82");
    }

    /** --subject alone changes the subject; the text stays as the edit form holds it (4.6). */
    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false})
    void aSubjectAloneChangesOnlyTheSubject(boolean gbk) {
        start(gbk);
        JsonObject posted = run("post", "2", "--subject", "只改标题之前", "--message", "这段正文在改标题后还在", "--json")
                .json();
        long tid = posted.get("tid").getAsLong();
        portal.advanceClock(Duration.ofSeconds(16));
        long pid = run("thread", String.valueOf(tid), "--json").json().getAsJsonArray("floors").get(0)
                .getAsJsonObject().get("pid").getAsLong();
        Run edited = run("post", "edit", String.valueOf(pid), "--thread", String.valueOf(tid), "--subject", "只改标题之后");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        Run thread = run("thread", String.valueOf(tid));
        assertThat(thread.out()).contains("只改标题之后").contains("这段正文在改标题后还在");
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void editOwnPostAndFavouriteTheThread(boolean gbk) {
        start(gbk);
        long pid = run("reply", "1", "--message", "稍后会被修改的回复", "--json").json().get("pid").getAsLong();
        Run edited = run("post", "edit", String.valueOf(pid), "--thread", "1", "--message", "已经修改过的回复内容");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        Run fav = run("favorite", "add", "--thread", "1", "--json");
        assertThat(fav.exitCode()).as(fav.err()).isZero();
        Run again = run("favorite", "add", "--thread", "1");
        assertThat(again.exitCode()).as("already a favourite: what was asked is so").isZero();
        assertThat(again.out()).contains("already among your favourites");
        Run list = run("favorite", "list", "--threads", "--json");
        assertThat(list.exitCode()).isZero();
        assertThat(list.json().getAsJsonArray("favorites").get(0).getAsJsonObject().get("tid").getAsLong())
                .isEqualTo(1);
    }
}
