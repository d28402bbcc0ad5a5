package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI's forum commands against the demo portal's forum, in UTF-8 and GBK, as a user runs them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumCommandsTest {
    @TempDir
    Path home;

    private DemoPortal utf8;
    private DemoPortal gbk;

    @BeforeAll
    void startPortals() {
        utf8 = DemoPortal.start(DemoOptions.defaults());
        gbk = DemoPortal.start(DemoOptions.builder().gbk().build());
    }

    @AfterAll
    void stopPortals() {
        utf8.close();
        gbk.close();
    }

    record Run(int exitCode, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    private Run run(String charset, String... args) {
        List<String> all = new ArrayList<>(List.of("--site",
                (charset.equals("gbk") ? gbk : utf8).baseUrl().toString()));
        all.addAll(List.of(args));
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = all.toArray(String[]::new);
        var cmd = Cli.command(new Main(dirs), line);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(line);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void theIndexListsEachBoardWithItsCountsSubBoardsModeratorsAndLastPost(String charset) {
        Run r = run(charset, "forum", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject category = r.json().getAsJsonArray("categories").get(0).getAsJsonObject();
        assertThat(category.get("gid").getAsInt()).isEqualTo(1);
        assertThat(category.get("name").getAsString()).isEqualTo("凤凰山下社区");
        JsonObject chat = board(category.getAsJsonArray("boards"), 2);
        assertThat(chat.get("name").getAsString()).isEqualTo("渠县杂谈");
        assertThat(chat.get("threads").getAsLong()).isPositive();
        assertThat(chat.get("posts").getAsLong()).isGreaterThan(chat.get("threads").getAsLong());
        assertThat(chat.has("today")).isTrue();
        assertThat(chat.getAsJsonArray("subBoards").get(0).getAsJsonObject().get("name").getAsString())
                .isEqualTo("渠县美食");
        assertThat(chat.getAsJsonArray("moderators").get(0).getAsString()).isEqualTo("moderator1");
        JsonObject last = chat.getAsJsonObject("lastPost");
        assertThat(last.get("tid").getAsLong()).isPositive();
        assertThat(last.get("time").getAsString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        assertThat(r.json().getAsJsonObject("stats").get("members").getAsLong()).isPositive();
    }

    private static JsonObject board(JsonArray boards, int fid) {
        for (JsonElement b : boards) {
            if (b.getAsJsonObject().get("fid").getAsInt() == fid) {
                return b.getAsJsonObject();
            }
        }
        throw new AssertionError("no board " + fid + " in " + boards);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void theIndexReadsAsTextInChinese(String charset) {
        Run r = run(charset, "--lang", "zh", "forum");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("今日 ").contains("凤凰山下社区  [1]\n")
                .contains("       2  渠县杂谈\n").contains("          子版块: 渠县美食 [5]\n")
                .contains("          版主: moderator1\n").contains("          最后发表: ");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aBoardListsItsThreadsWithTypesMarkersAndPaging(String charset) {
        Run r = run(charset, "board", "2", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject b = r.json();
        assertThat(b.get("fid").getAsInt()).isEqualTo(2);
        assertThat(b.get("page").getAsInt()).isEqualTo(1);
        assertThat(b.get("pageCount").getAsInt()).isGreaterThanOrEqualTo(4);
        assertThat(b.getAsJsonArray("types")).extracting(t -> t.getAsJsonObject().get("name").getAsString())
                .containsExactly("求助", "闲聊", "分享");
        JsonArray threads = b.getAsJsonArray("threads");
        assertThat(threads).isNotEmpty();
        JsonObject first = threads.get(0).getAsJsonObject();
        assertThat(first.get("sticky").getAsInt()).as("sticky first").isPositive();
        assertThat(first.getAsJsonObject("author").get("uid").getAsLong()).isPositive();
        assertThat(first.getAsJsonObject("author").get("name").getAsString()).isNotBlank();
        assertThat(first.keySet()).contains("tid", "subject", "type", "digest", "closed", "poll", "attachment",
                "time", "replies", "views", "lastPost");
        assertThat(threads).anySatisfy(t -> assertThat(t.getAsJsonObject().get("digest").getAsInt()).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aBoardPrintsAsAListInChinese(String charset) {
        Run r = run(charset, "--lang", "zh", "board", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("凤凰山下社区 › 渠县杂谈 [2]（第 1 页，共 ")
                .contains("主题分类: 求助 [1] · 闲聊 [2] · 分享 [3]\n").contains("[置顶]").contains("[精华]")
                .containsPattern("\n {6,7}\\d{1,3}  \\[(求助|闲聊|分享)\\] ");
    }

    @Test
    void aTypeFiltersTheListByIdOrByName() {
        Run byName = run("utf-8", "board", "2", "--type", "闲聊", "--json");
        Run byId = run("utf-8", "board", "2", "--type", "2", "--json");
        assertThat(byName.exitCode()).as(byName.err()).isZero();
        assertThat(byName.json().get("typeId").getAsInt()).isEqualTo(2);
        assertThat(byName.json().getAsJsonArray("threads")).isNotEmpty().allSatisfy(t -> assertThat(
                t.getAsJsonObject().getAsJsonObject("type").get("name").getAsString()).isEqualTo("闲聊"));
        assertThat(byId.json().getAsJsonArray("threads")).isEqualTo(byName.json().getAsJsonArray("threads"));
    }

    @Test
    void aTypeTheBoardDoesNotHaveIsAUsageErrorNamingTheOnesItHas() {
        Run r = run("utf-8", "--lang", "zh", "board", "2", "--type", "八卦");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("八卦").contains("求助 [1] · 闲聊 [2] · 分享 [3]");
    }

    @Test
    void digestOnlyAndTheOrderByDateAreAskedOfTheSite() {
        Run digest = run("utf-8", "board", "2", "--digest", "--json");
        assertThat(digest.exitCode()).as(digest.err()).isZero();
        assertThat(digest.json().get("digestOnly").getAsBoolean()).isTrue();
        assertThat(digest.json().getAsJsonArray("threads")).isNotEmpty().allSatisfy(t -> assertThat(
                t.getAsJsonObject().get("digest").getAsInt()).isPositive());
        Run byDate = run("utf-8", "board", "2", "--order", "dateline", "--json");
        assertThat(byDate.exitCode()).as(byDate.err()).isZero();
        assertThat(byDate.json().get("order").getAsString()).isEqualTo("dateline");
    }

    @Test
    void anOrderTheSiteDoesNotKnowIsAUsageError() {
        Run r = run("utf-8", "board", "2", "--order", "views");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'views' is not an order: lastpost or dateline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"board 2", "thread 1"})
    void aPagePastTheLastIsAFailureThatSaysSo(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--page", "99"));
        Run r = run("utf-8", args.toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern("no page 99: the last page is \\d+");
    }

    @Test
    void theLastPageOfTheLongThreadStillExitsZero() {
        Run r = run("utf-8", "thread", "1", "--page", "7", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("page").getAsInt()).isEqualTo(7);
        assertThat(r.json().get("pageCount").getAsInt()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aThreadPageGivesEachFloorInStableFields(String charset) {
        Run r = run(charset, "thread", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject t = r.json();
        assertThat(t.get("tid").getAsLong()).isEqualTo(1);
        assertThat(t.get("fid").getAsInt()).isEqualTo(2);
        assertThat(t.get("subject").getAsString()).isEqualTo("2026渠县黄花节攻略贴：吃住行一帖搞定");
        assertThat(t.get("pageCount").getAsInt()).isEqualTo(7);
        JsonArray floors = t.getAsJsonArray("floors");
        assertThat(floors).hasSize(10);
        JsonObject first = floors.get(0).getAsJsonObject();
        assertThat(first.keySet()).contains("pid", "floor", "label", "author", "time", "state", "text", "quotes",
                "images", "attachments", "links", "edit");
        assertThat(first.get("floor").getAsInt()).isEqualTo(1);
        assertThat(first.get("label").getAsString()).isEqualTo("楼主");
        assertThat(first.getAsJsonObject("author").get("name").getAsString()).isEqualTo("归来");
        assertThat(first.getAsJsonObject("author").get("uid").getAsLong()).isPositive();
        assertThat(first.get("text").getAsString()).startsWith("黄花节一年一度").contains("[image 1]");
        assertThat(first.getAsJsonArray("images")).hasSize(2);
        JsonObject quoting = floors.get(5).getAsJsonObject();
        JsonObject quote = quoting.getAsJsonArray("quotes").get(0).getAsJsonObject();
        assertThat(quote.get("author").getAsString()).isEqualTo("达城过客");
        assertThat(quote.get("text").getAsString()).isEqualTo("黄花的季节又到了");
        assertThat(quoting.get("text").getAsString()).isEqualTo("同问，去年停车排了半小时");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void aThreadPrintsFloorByFloorInChinese(String charset) {
        Run r = run(charset, "--lang", "zh", "thread", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("[分享] 2026渠县黄花节攻略贴：吃住行一帖搞定\n凤凰山下社区 › 渠县杂谈 · 查看 ")
                .contains("第 1 页，共 7 页\n")
                .contains("\n楼主  归来 (网站编辑 · 注册 2016-04-22) · ")
                .contains("\n\u3000\u3000黄花节一年一度")
                .containsPattern("\n  > 达城过客 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}: 黄花的季节又到了\n")
                .contains("\n  | 08:00 渠县汽车站出发\n")
                .contains("\n  [图 1] http");
    }

    @Test
    void aFloorIsFoundOnThePageTheSiteSaysHoldsIt() {
        Run r = run("utf-8", "thread", "1", "--floor", "34", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("page").getAsInt()).isEqualTo(4);
        assertThat(r.json().getAsJsonArray("floors"))
                .anySatisfy(f -> assertThat(f.getAsJsonObject().get("floor").getAsInt()).isEqualTo(34));
    }

    @Test
    void aFloorPastTheLastIsAFailureThatSaysSo() {
        Run r = run("utf-8", "thread", "1", "--floor", "999");
        assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).contains("thread 1 has no floor 999");
    }

    @Test
    void aFloorWithAPageOrAnAuthorIsAUsageError() {
        assertThat(run("utf-8", "thread", "1", "--floor", "3", "--page", "2").exitCode()).isEqualTo(2);
        assertThat(run("utf-8", "thread", "1", "--floor", "3", "--author", "2").exitCode()).isEqualTo(2);
        assertThat(run("utf-8", "thread", "1", "--floor", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void onlyOneAuthorsPostsAreShownWithTheAuthorOption() {
        long starter = run("utf-8", "thread", "1", "--json").json().getAsJsonArray("floors").get(0)
                .getAsJsonObject().getAsJsonObject("author").get("uid").getAsLong();
        Run r = run("utf-8", "thread", "1", "--author", String.valueOf(starter), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.json().get("authorFilter").getAsLong()).isEqualTo(starter);
        assertThat(r.json().getAsJsonArray("floors")).isNotEmpty().allSatisfy(f -> assertThat(
                f.getAsJsonObject().getAsJsonObject("author").get("uid").getAsLong()).isEqualTo(starter));
    }

    @Test
    void aFilteredPageTakesNoFloorLabelsFromTheSitesRenumbering() {
        Run text = run("utf-8", "thread", "1", "--author", "3");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out().lines().filter(l -> l.contains("pid "))).isNotEmpty()
                .noneMatch(l -> l.matches("^(楼主|沙发|板凳|地板|\\d+#) .*"));
        Run json = run("utf-8", "thread", "1", "--author", "3", "--json");
        assertThat(json.json().getAsJsonArray("floors")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getAsJsonObject().get("floor").getAsInt()).isZero();
            assertThat(f.getAsJsonObject().get("label").getAsString()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999", "2"})
    void anAuthorWithoutPostsInTheThreadIsNamedAndAFailure(String uid) {
        Run r = run("utf-8", "--lang", "en", "thread", "1", "--author", uid);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("page 1 of 1");
        assertThat(r.err()).contains("only the posts of member " + uid).contains("no posts by this member");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void laterPagesKeepTheThreadsViewsAndReplies(String lang) {
        Run r = run("utf-8", "--lang", lang, "thread", "1", "--page", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().limit(3)).anyMatch(l -> l.matches(".*(views \\d+ · replies 64|查看 \\d+ · 回复 64).*"));
    }

    @Test
    void aMissingThreadIsTheSitesMessageWithExitOne() {
        Run r = run("utf-8", "thread", "99999");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("fenghuang: ");
    }

    @Test
    void theForumCommandsExplainThemselvesInChinese() {
        Run board = run("utf-8", "--lang", "zh", "board", "--help");
        assertThat(board.exitCode()).isZero();
        assertThat(board.out()).contains("列出版块的主题").contains("只看精华主题").contains("页码（默认 1）")
                .contains("以 JSON 输出");
        assertThat(run("utf-8", "--lang", "zh", "thread", "--help").out()).contains("第 N 楼所在的页");
        assertThat(run("utf-8", "--lang", "zh", "forum", "--help").out()).contains("显示论坛首页");
    }

    @Test
    void anEditedPostShowsItsStampAndABannedOneOnlyTheNotice() {
        Run r = run("utf-8", "--lang", "zh", "thread", "1", "--page", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\n  本帖最后由 reader2 于 ").contains("该帖被管理员或版主屏蔽")
                .doesNotContain("加微信领黄花节门票");
        JsonObject banned = run("utf-8", "thread", "1", "--page", "2", "--json").json().getAsJsonArray("floors")
                .get(4).getAsJsonObject();
        assertThat(banned.get("floor").getAsInt()).isEqualTo(15);
        assertThat(banned.get("state").getAsString()).isEqualTo("banned");
    }
}
