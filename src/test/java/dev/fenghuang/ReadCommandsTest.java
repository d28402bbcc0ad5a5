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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI's read commands against the demo portal, in UTF-8 and GBK, as a user runs them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCommandsTest {
    static final String TITLE = "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开";
    static final String SUMMARY = "11月1日,全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在我县召开。省妇联党组书记、主席吴旭强调,"
            + "要尽力做好基层妇联组织改革工作,在集中力量促进脱贫攻坚工作中,充分发挥基层妇联的桥梁纽带作用,为 ...";

    @TempDir
    Path home;

    private final List<DemoPortal> portals = new ArrayList<>();
    private DemoPortal utf8;
    private DemoPortal gbk;

    @BeforeAll
    void startPortals() {
        utf8 = DemoPortal.start(DemoOptions.defaults());
        gbk = DemoPortal.start(DemoOptions.builder().gbk().build());
        portals.add(utf8);
        portals.add(gbk);
    }

    @AfterAll
    void stopPortals() {
        portals.forEach(DemoPortal::close);
    }

    record Run(int exitCode, String out, String err) {
        JsonElement json() {
            return JsonParser.parseString(out);
        }
    }

    Run run(String... args) {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(dirs));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private DemoPortal portal(String charset) {
        return charset.equals("gbk") ? gbk : utf8;
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void readsEveryFieldOfTheSampleArticle(String charset) {
        DemoPortal p = portal(charset);
        Run r = run("--site", p.baseUrl().toString(), "read", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject a = r.json().getAsJsonObject();
        assertThat(a.get("aid").getAsLong()).isEqualTo(1);
        assertThat(a.get("url").getAsString()).startsWith(p.baseUrl().toString()).contains("aid=1");
        assertThat(a.get("title").getAsString()).isEqualTo(TITLE);
        assertThat(a.getAsJsonObject("category").get("name").getAsString()).isEqualTo("渠县");
        assertThat(a.getAsJsonArray("breadcrumb")).extracting(e -> e.getAsJsonObject().get("name").getAsString())
                .containsExactly("党政风采", "渠县");
        assertThat(a.get("published").getAsString()).isEqualTo("2016-11-06T15:20");
        assertThat(a.getAsJsonObject("publisher").get("name").getAsString()).isEqualTo("归来");
        assertThat(a.getAsJsonObject("publisher").get("uid").getAsLong()).isPositive();
        assertThat(a.get("views").getAsLong()).isGreaterThanOrEqualTo(1999);
        assertThat(a.get("commentCount").getAsLong()).isZero();
        assertThat(a.get("originalAuthor").getAsString()).isEqualTo("何俊笼 廖亚飞");
        assertThat(a.get("source").isJsonNull()).isTrue();
        assertThat(a.get("summary").getAsString()).isEqualTo(SUMMARY);
        JsonArray paragraphs = a.getAsJsonArray("paragraphs");
        assertThat(paragraphs).hasSize(10);
        assertThat(paragraphs.get(0).getAsString()).startsWith("11月1日,全省“巾帼脱贫行动”").endsWith("介绍我县脱贫攻坚工作。");
        assertThat(paragraphs.get(1).getAsString()).isEqualTo(
                "参会人员先后实地参观了汇东乡白蜡村巾帼脱贫行动与“妈妈家”建设、三汇镇妇联组织区域化建设和渠县电子商务中心。");
        assertThat(paragraphs.get(9).getAsString()).isEqualTo("王飞虎、刘静、吴燕等县领导出席会议或参加现场会。");
        assertThat(paragraphs).allSatisfy(e -> assertThat(e.getAsString()).doesNotStartWith("\u3000").doesNotStartWith(" "));
        assertThat(a.get("page").getAsInt()).isEqualTo(1);
        assertThat(a.get("pageCount").getAsInt()).isEqualTo(1);
        assertThat(a.getAsJsonArray("reactions")).extracting(e -> e.getAsJsonObject().get("name").getAsString())
                .containsExactly("鲜花", "握手", "雷人", "路过", "鸡蛋");
        assertThat(a.getAsJsonArray("reactions")).extracting(e -> e.getAsJsonObject().get("count").getAsInt())
                .containsOnly(0);
        assertThat(a.getAsJsonArray("reactions")).extracting(e -> e.getAsJsonObject().get("id").getAsInt())
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(a.getAsJsonArray("comments")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void printsTheSampleArticleAsReadableText(String charset) {
        Run r = run("--lang", "zh", "--site", portal(charset).baseUrl().toString(), "read", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(TITLE + "\n")
                .contains("党政风采 › 渠县 · 2016-11-06 15:20 · 发布者 归来 · 查看 ")
                .contains("评论 0 · 原作者 何俊笼 廖亚飞")
                .contains("摘要: " + SUMMARY)
                .contains("\u3000\u3000王飞虎、刘静、吴燕等县领导出席会议或参加现场会。")
                .contains("表态: 鲜花 0  握手 0  雷人 0  路过 0  鸡蛋 0");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void listsACategoryWithPaging(String charset) {
        Run r = run("--site", portal(charset).baseUrl().toString(), "list", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject l = r.json().getAsJsonObject();
        assertThat(l.get("page").getAsInt()).isEqualTo(1);
        assertThat(l.get("pageCount").getAsInt()).isGreaterThan(1);
        assertThat(l.getAsJsonArray("articles")).hasSize(15);
        JsonObject first = l.getAsJsonArray("articles").get(0).getAsJsonObject();
        assertThat(first.get("aid").getAsLong()).isPositive();
        assertThat(first.get("title").getAsString()).isNotBlank();
        assertThat(first.get("published").getAsString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");

        int last = l.get("pageCount").getAsInt();
        Run beyond = run("--site", portal(charset).baseUrl().toString(), "list", "1", "--page", String.valueOf(last + 3),
                "--json");
        assertThat(beyond.exitCode()).isEqualTo(1);
        assertThat(beyond.err()).contains("no page " + (last + 3) + ": the last page is " + last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void showsTheSectionTree(String charset) {
        Run r = run("--site", portal(charset).baseUrl().toString(), "sections", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonArray tree = r.json().getAsJsonArray();
        assertThat(tree.size()).isGreaterThanOrEqualTo(3);
        JsonObject top = tree.get(0).getAsJsonObject();
        assertThat(top.get("name").getAsString()).isEqualTo("党政风采");
        assertThat(top.getAsJsonArray("children")).extracting(e -> e.getAsJsonObject().get("name").getAsString())
                .contains("渠县");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gbk"})
    void pagesThroughAllCommentsOfAnArticle(String charset) {
        String site = portal(charset).baseUrl().toString();
        long aid = articleWithManyComments(site);
        Run r = run("--site", site, "comments", String.valueOf(aid), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject c = r.json().getAsJsonObject();
        assertThat(c.get("total").getAsLong()).isGreaterThanOrEqualTo(100);
        assertThat(c.get("pageCount").getAsInt()).isGreaterThanOrEqualTo(4);
        assertThat(c.getAsJsonArray("comments")).hasSize(25);
        JsonObject first = c.getAsJsonArray("comments").get(0).getAsJsonObject();
        assertThat(first.get("cid").getAsLong()).isPositive();
        assertThat(first.getAsJsonObject("author").get("name").getAsString()).isNotBlank();
        assertThat(first.get("text").getAsString()).isNotBlank();
        Run second = run("--site", site, "comments", String.valueOf(aid), "--page", "2", "--json");
        assertThat(second.json().getAsJsonObject().get("page").getAsInt()).isEqualTo(2);
        assertThat(second.json().getAsJsonObject().getAsJsonArray("comments").get(0).getAsJsonObject().get("cid"))
                .isNotEqualTo(first.get("cid"));
    }

    /** Finds, through the CLI itself, an article whose comment count is at least 100. */
    private long articleWithManyComments(String site) {
        for (int aid = 2; aid < 120; aid++) {
            Run r = run("--site", site, "read", String.valueOf(aid), "--json");
            if (r.exitCode() == 0 && r.json().getAsJsonObject().get("commentCount").getAsLong() >= 100) {
                return aid;
            }
        }
        throw new AssertionError("the demo portal has no article with 100+ comments");
    }

    static Charset charsetOf(String name) {
        return name.equals("gbk") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    }
}
