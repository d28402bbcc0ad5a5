package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.site.forum.scan.BodyTree;
import dev.fenghuang.site.forum.scan.FloorScan;
import dev.fenghuang.site.forum.scan.ThreadPageScan;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thread page read from its text ({@link ThreadPageScan}: posts scanned, bodies and the rest by jsoup) gives
 * the very record jsoup's tree of the whole page gives, on every page the tests know and on hostile variants; where
 * the scan cannot vouch for a page it refuses it, and the page is read by jsoup as before.
 */
class ThreadPageScanTest {
    private static final String URL = SITE + "forum.php?mod=viewthread&tid=51";
    private static final String DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0 Safari/537.36";

    /** The record from the text equals the record from jsoup's tree of the whole page (or both say not a thread). */
    private static void assertSameAsWhole(String html, String url) {
        ThreadPage whole;
        try {
            whole = ThreadPageParser.parse(Jsoup.parse(html, url), CLOCK);
        } catch (UnexpectedPage notAThread) {
            assertThatThrownBy(() -> ThreadPageParser.parse(html, url, CLOCK)).isInstanceOf(UnexpectedPage.class);
            return;
        }
        try {
            assertThat(ThreadPageParser.parse(html, url, CLOCK)).isEqualTo(whole);
            ThreadPage scanned = ThreadPageParser.scanned(html, url, CLOCK);
            if (scanned != null) {
                assertThat(scanned).isEqualTo(whole);
            }
        } catch (UnexpectedPage e) {
            throw new AssertionError(e);
        }
    }

    private static ThreadPage scanned(String html, String url) {
        try {
            return ThreadPageParser.scanned(html, url, CLOCK);
        } catch (UnexpectedPage e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    void everyPageTheTestsKnowReadsTheSameFromItsText(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        assertSameAsWhole(html, URL);
        assertSameAsWhole(html, URL + "&page=2&authorid=3");
        assertSameAsWhole(html, URL + "&ordertype=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread-page.html", "thread-page-2.html", "thread-only-author.html",
        "thread-newest-first.html", "thread-moderator-view.html", "thread-awaiting.html"})
    void aHandWrittenThreadPageIsScannedToTheSameRecord(String fixture) throws Exception {
        String html = ForumFixtures.text(fixture);
        String url = URL + (fixture.contains("author") ? "&authorid=3" : "")
                + (fixture.contains("newest") ? "&ordertype=1" : "");
        assertThat(scanned(html, url)).isNotNull().isEqualTo(ThreadPageParser.parse(Jsoup.parse(html, url), CLOCK));
    }

    @Test
    void theDemoPortalsThreadPagesAreScannedToTheSameRecordInUtf8AndGbk() throws Exception {
        for (DemoOptions options : new DemoOptions[] {DemoOptions.defaults(), DemoOptions.builder().gbk().build(),
            DemoOptions.builder().hostile(true).build()}) {
            try (DemoPortal portal = DemoPortal.start(options)) {
                List<String[]> pages = new ArrayList<>();
                HttpClient guest = client();
                for (String query : new String[] {"tid=1", "tid=1&page=2", "tid=1&page=3", "tid=1&page=7",
                    "tid=1&page=1&authorid=13", "tid=1&page=1&authorid=3", "tid=1&extra=&ordertype=1", "tid=2",
                    "tid=3", "tid=1&page=99"}) {
                    pages.add(new String[] {query, get(portal, guest, "forum.php?mod=viewthread&" + query)});
                }
                HttpClient moderator = loggedIn(portal, "moderator1", "mod12345");
                for (String query : new String[] {"tid=1", "tid=1&page=2", "tid=1&page=1&authorid=3"}) {
                    String html = get(portal, moderator, "forum.php?mod=viewthread&" + query);
                    assertThat(html).as(query).contains("<div id=\"modmenu\"");
                    pages.add(new String[] {"moderator " + query, html});
                }
                for (String[] page : pages) {
                    String url = portal.baseUrl().resolve("forum.php?mod=viewthread&" + page[0]
                            .replace("moderator ", "")).toString();
                    ThreadPage whole = ThreadPageParser.parse(Jsoup.parse(page[1], url), CLOCK);
                    assertThat(scanned(page[1], url)).as(page[0]).isNotNull().isEqualTo(whole);
                    assertThat(bodiesBuiltAsJsoupParsesThem(page[1], url)).as(page[0]).isPositive();
                    ThreadPageFrameTest.assertFramedAsJsoupReadsIt(page[1], url, options.charset() + " " + page[0]);
                }
            }
        }
    }

    /**
     * Every body and attachment list of the page is built from its tags while scanned ({@link BodyTree}, never
     * falling back to jsoup) into the very tree jsoup's fragment parse gives; how many were.
     */
    private static int bodiesBuiltAsJsoupParsesThem(String html, String base) {
        ThreadPageScan scan = ThreadPageScan.of(html);
        assertThat(scan).isNotNull();
        int built = 0;
        for (FloorScan post : scan.posts()) {
            for (int[] span : new int[][] {post.body, post.attachments}) {
                if (span != null) {
                    String tag = span == post.body ? "td" : "div";
                    BodyTree fromTags = span == post.body ? post.bodyTree : post.attachmentsTree;
                    Element tree = fromTags == null ? null : fromTags.tree(base);
                    assertThat(tree).as("post %s falls back to jsoup", post.postId).isNotNull();
                    assertThat(tree.outerHtml()).isEqualTo(scan.parsedFragment(span, tag, base).outerHtml());
                    built++;
                }
            }
        }
        return built;
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread-page.html", "thread-page-2.html", "thread-only-author.html",
        "thread-newest-first.html", "thread-moderator-view.html", "thread-awaiting.html"})
    void everyBodyOfAHandWrittenPageIsBuiltWithoutJsoupToJsoupsTree(String fixture) {
        assertThat(bodiesBuiltAsJsoupParsesThem(ForumFixtures.text(fixture), URL)).isPositive();
        assertThat(bodiesBuiltAsJsoupParsesThem(ThreadPageBenchmarkTest.twentyFloors(20), URL)).isPositive();
    }

    /** Bodies written as real posts write them: built from their tags, to jsoup's tree and the same record. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a &amp; b &lt;c&gt; &quot;d&quot; &nbsp; &copy; &#20013;&#x6587; &amp &unknown; &lt",
        "line<br>line<br/>line<br />line<BR>line<Br clear=all>end",
        "<div class=\"quote\"><blockquote><font size=2><a href=\"forum.php?mod=redirect&amp;goto=findpost&amp;pid=1"
                + "&amp;ptid=51\"><font color=\"#999999\">甲 发表于 2026-11-16 11:20</font></a></font><br>"
                + "<div class=\"quote\"><blockquote>内层</blockquote></div>外层</blockquote></div>回复",
        "<font color=red size=3>红</font><span style=color:blue data-x=1 DATA-X=2>蓝</span><strong>粗<b>更粗</b></strong>",
        "<a href=thread-2-1-1.html target=_blank>链接</a> <a href=\"javascript:;\">脚本</a>"
                + "<img src=\"static/image/common/none.gif\" zoomfile=\"data/attachment/forum/a.jpg\" aid=\"9\">",
        "<div class=\"blockcode\"><div id=\"code_x\"><ol><li>int a;<br></li><li>&nbsp; b();</li></ol></div></div>",
        "第一行\r\n第二行\r第三行\n<p>段落</p><p style=\"display:none\">隐藏</p><ul><li>甲<ul><li>乙</li></ul></li></ul>",
        "<i class=\"pstatus\"> 本帖最后由 甲 于 2026-11-16 11:20 编辑 </i><br /><br />正文",
        "<ul><li>甲<li>乙</ul><dl><dt>甲<dd>乙<dt>丙</dl><b>未闭合<i>的",
        "<h2>标题</h2><dl><dt>甲</dt><dd>乙</dd></dl><hr><hr/><center>中</center><ignore_js_op>x</ignore_js_op>",
        "<span id=\"attach_9\"><a href=\"forum.php?mod=attachment&amp;aid=OQ==\">a.zip</a><em class=\"xg1\">"
                + "(1 KB, 下载次数: 3)</em></span>",
    })
    void aPlainBodyIsBuiltWithoutJsoupToTheSameRecord(String body) {
        String page = withBody(body);
        assertThat(bodiesBuiltAsJsoupParsesThem(page, URL)).isPositive();
        assertSameAsWhole(page, URL);
    }

    /** Bodies jsoup builds otherwise than written: refused by {@link BodyTree}, parsed by jsoup, the same record. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<b>粗<i>斜</b>体</i>",
        "<p>段<div>块</div>落</p>",
        "<a href=\"a.html\">外<a href=\"b.html\">内</a></a>",
        "<ul><li>甲<b>粗<li>乙</ul>",
        "<p>甲<p>乙",
        "<h2>甲<h3>乙</h3></h2>",
        "<ol><li>甲</ul>",
        "</p>多余的结束",
        "<pre>\n代码</pre>",
        "<span/>自闭合",
        "<blink>未知</blink>",
        "<p>段<hr>落</p>",
        "<font color=red>a<br></b>b</font>",
    })
    void aBodyJsoupBuildsOtherwiseIsParsedByJsoupToTheSameRecord(String body) {
        String page = withBody(body);
        ThreadPageScan scan = ThreadPageScan.of(page);
        if (scan != null) {
            FloorScan post = scan.posts().stream().filter(p -> p.postId.equals("post_185")).findFirst().orElseThrow();
            assertThat(post.bodyTree).isNull();
            assertThat(scanned(page, URL)).isNotNull();
        }
        assertSameAsWhole(page, URL);
    }

    /**
     * Hostile bodies: nesting deeper than {@link BodyTree} builds is refused at its bound and parsed by jsoup (far
     * deeper, the walk refuses the page), a megabyte attribute and thousands of unclosed tags are built; the record is
     * jsoup's either way.
     */
    @Test
    void hostileBodiesAreBuiltWithinABoundOrParsedByJsoupToTheSameRecord() {
        String deep = withBody("<span>".repeat(48) + "深" + "</span>".repeat(48));
        String deeper = withBody("<span>".repeat(5_000) + "深" + "</span>".repeat(5_000));
        String wide = withBody("<a href=\"x.html\" title=\"" + "长".repeat(1 << 20) + "\">链接</a>");
        String unclosed = withBody("<font color=red>".repeat(40) + "<br>".repeat(5_000) + "开");
        assertThat(bodyOf185(deep).bodyTree).isNull();
        assertThat(bodyOf185(wide).bodyTree).isNotNull();
        assertThat(bodyOf185(unclosed).bodyTree).isNotNull();
        assertThat(ThreadPageScan.of(deeper)).isNull();
        assertSameAsWhole(deeper, URL);
        for (String page : new String[] {deep, wide, unclosed}) {
            assertBuiltBodiesAreJsoupsTrees(page);
            assertSameAsWhole(page, URL);
        }
    }

    private static FloorScan bodyOf185(String page) {
        ThreadPageScan scan = ThreadPageScan.of(page);
        assertThat(scan).isNotNull();
        return scan.posts().stream().filter(p -> p.postId.equals("post_185")).findFirst().orElseThrow();
    }

    /** Each body built from its tags is jsoup's tree. */
    private static void assertBuiltBodiesAreJsoupsTrees(String html) {
        ThreadPageScan scan = ThreadPageScan.of(html);
        for (FloorScan post : scan.posts()) {
            if (post.bodyTree != null) {
                assertThat(post.bodyTree.tree(URL).outerHtml())
                        .isEqualTo(scan.parsedFragment(post.body, "td", URL).outerHtml());
            }
        }
    }

    /** The hand-written page with the first post's body replaced. */
    private static String withBody(String body) {
        String html = ForumFixtures.text("thread-page.html");
        String open = "<td class=\"t_f\" id=\"postmessage_185\">";
        int from = html.indexOf(open) + open.length();
        return html.substring(0, from) + body + html.substring(html.indexOf("</td>", from));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static String get(DemoPortal portal, HttpClient client, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.baseUrl().resolve(path)).header("User-Agent", DESKTOP)
                .timeout(Duration.ofSeconds(10)).build();
        Charset charset = portal.options().charset();
        return client.send(request, HttpResponse.BodyHandlers.ofString(charset)).body();
    }

    private static HttpClient loggedIn(DemoPortal portal, String username, String password) throws Exception {
        HttpClient client = client();
        get(portal, client, "forum.php");
        Charset charset = portal.options().charset();
        String form = "username=" + URLEncoder.encode(username, charset) + "&password="
                + URLEncoder.encode(password, charset) + "&questionid=0&answer=";
        HttpRequest login = HttpRequest.newBuilder(portal.baseUrl().resolve(
                        "member.php?mod=logging&action=login&loginsubmit=yes&loginhash=Labcd&inajax=1"))
                .header("User-Agent", DESKTOP).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", portal.baseUrl() + "forum.php").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        client.send(login, HttpResponse.BodyHandlers.discarding());
        return client;
    }

    /** Markup the reference allows written otherwise: the scan still reads it, to the same record. */
    @Test
    void attributeOrderQuotesCaseWhiteSpaceAndExtraAttributesAreStillScanned() throws Exception {
        String html = ForumFixtures.text("thread-page.html");
        String[] variants = {
            html.replace("<td class=\"t_f\" id=\"postmessage_185\">", "<TD data-x=1 ID='postmessage_185'  class = t_f >"),
            html.replace("<em id=\"authorposton185\">", "<em\nclass=\"x\" id=authorposton185>"),
            html.replace("<div class=\"pi\"><div class=\"authi\"><a href=\"home.php?mod=space&amp;uid=6\" "
                    + "target=\"_blank\" class=\"xw1\">归来</a>", "<DIV CLASS=\"pi\"><Div class='AUTHI x'><A "
                    + "class=xw1 HREF='home.php?mod=space&uid=6'>归来</A>").replace("</div></div>\n<p><em><a href=\"home"
                    + ".php?mod=spacecp&amp;ac=usergroup&amp;gid=11\"", "</DIV></Div>\n<p><em><a href=\"home.php?mod="
                    + "spacecp&amp;ac=usergroup&amp;gid=11\""),
            html.replace("id=\"postnum188\" onclick=\"setCopy(this.href, '帖子地址复制成功');return false;\"",
                    "onclick='x(\"y\")' id=\"postnum188\" data-a data-b=\"&lt;\""),
        };
        for (String variant : variants) {
            ThreadPage whole = ThreadPageParser.parse(Jsoup.parse(variant, URL), CLOCK);
            assertThat(scanned(variant, URL)).isNotNull().isEqualTo(whole);
            assertThat(whole).isEqualTo(ThreadPageParser.parse(Jsoup.parse(html, URL), CLOCK));
        }
    }

    /** Markup jsoup builds otherwise than written, or that parsers look for elsewhere: refused, read by jsoup. */
    @Test
    void hostileMarkupIsRefusedAndReadByJsoupToTheSameRecord() throws Exception {
        String html = ForumFixtures.text("thread-page.html");
        String body = "<td class=\"t_f\" id=\"postmessage_185\">";
        String author = "<a href=\"home.php?mod=space&amp;uid=6\" target=\"_blank\" class=\"xw1\">归来</a>";
        String[] hostile = {
            html.replace(body, body + "<!-- </td> -->"),
            html.replace(body, body + "<script>document.write('</td>')</script>"),
            html.replace(body, body + "<table><tr><td>cell</td></tr></table>"),
            html.replace(body, body + "<a title=\"</td>\">x</a>"),
            html.replace(body, body + "<div class=\"authi\"><a href=\"forum.php?mod=viewthread&tid=9\">只看该作者</a></div>"),
            html.replace(body, body + "<em id=\"authorposton185\">发表于 2020-1-1 00:00</em>"),
            html.replace(body, body + "<div class=\"pattl\">x</div>"),
            html.replace(body, body + "<span id=\"modmenu\">x</span>"),
            html.replace(author, "<a href=\"home.php?mod=space&amp;uid=6\"><a>归来</a></a>"),
            html.replace(author, "<p>" + author + "<div>x</div></p>"),
            html.replace(author, author + "</div>"),
            html.replace(author, author + "<b>"),
            html.replace(author, author.replace("归来", "归<br>来")),
            html.replace(author, author.replace("归来", "归<div>来</div>")),
            html.replace(author, author + "<!-- x -->"),
            html.replace(author, "<a href=\"home.php?mod=space&amp;uid=6\" class=\"xw1\">归来"),
            html.replace("<table id=\"pid185\"", "x<table id=\"pid185\"").replace("<tr>\n<td class=\"pls\" rowspan"
                    + "=\"2\">\n<div id=\"favatar185\"", "<tr>text<td class=\"pls\" rowspan=\"2\">\n<div id=\"favatar185\""),
            html.replace("<div id=\"post_186\" >", "<div id=\"post_186\" ><div id=\"post_1860\" >in</div>"),
            html.replace("<div id=\"post_186\" >", "<div><div id=\"post_186\" >").replace("<div id=\"post_187\" >",
                    "</div><div id=\"post_187\" >"),
            html.replace("</h1>", "</h1><span id=\"postlist\"></span>"),
            html.replace("回复</a></em></div></div></td></tr>", "回复</a><a id=\"modmenu\">管理</a></em></div></div></td></tr>"),
            html.replace("<dl class=\"pil cl\"><dt>积分</dt>", "<dl class=\"pil cl\"><dt>用户组<dd>x</dd></dt><dt>积分</dt>"),
            html.replace("<div class=\"locked\">提示: <em>该帖被管理员或版主屏蔽</em></div>",
                    "<div class=\"locked\">提示:<br><em>该帖被管理员或版主屏蔽</em></div>"),
            html.replace("发表于 2026-11-16 11:20:00", "发表于 <span title=\"2026-1-1 01:01\">x</span><b>2026-11-16</b>"),
            html.replace(body, "<td class=\"t_f\" id=\"postmessage_185\" />"),
            html.replace("<div id=\"post_185\" >", "<div id=\"post_185\" \u0000>"),
        };
        for (String page : hostile) {
            assertSameAsWhole(page, URL);
        }
        String buttons = "回复</a></em></div></div></td></tr>";
        for (String id : new String[] {"ModMenu", "PT", "pgT", "Thread_Subject", "FASTPOSTFORM"}) {
            String marked = html.replace(buttons, "回复</a><span id=\"" + id + "\">x</span></em></div></div></td></tr>");
            assertSameAsWhole(marked, URL);
            assertThat(scanned(marked, URL)).as(id).isNull();
        }
        assertThat(scanned(hostile[0], URL)).isNull();
        assertThat(scanned(hostile[8], URL)).isNull();
        assertThat(scanned(hostile[20], URL)).isNull();
    }

    @Test
    void hostileInputIsScannedWithinABoundOfItsLength() {
        int n = 200_000;
        String head = "<html><body><div id=\"postlist\">";
        String[] inputs = {
            head + "<div id=\"post_".repeat(n) + "</html>",
            head + "<div id=\"post_1\"><table><tr><td class=\"pls\"><a href=\"".repeat(2) + "x".repeat(n) + "</html>",
            head + "<div id=\"post_1\"><div class=\"pi\">" + "<em>".repeat(n) + "</html>",
            head + "<div id=\"post_1\"><div class=\"pi\">" + "<em>x</em>".repeat(n) + "</div></div></div></html>",
            head + "<div id=\"post_1\"><table><tr><td class=\"t_f\">" + "<b>".repeat(n) + "</td></tr></table></div>"
                    + "</div></html>",
            head + "<div id=\"post_1\"><table><tr><td class=\"t_f\">" + "<div>".repeat(n) + "</html>",
            head + "<div id=\"post_1\"><em id=\"authorposton1\">" + "<span title=x>".repeat(n) + "</html>",
            head + ("<div id=\"post_1\"><a class=\"fastre\" href=\"forum.php?mod=viewthread&amp;tid=1\">x</a></div>"
                    + "\n").repeat(n) + "</div></html>",
        };
        for (String input : inputs) {
            ThreadPageScan scan = ThreadPageScan.walked(input);
            assertThat(scan.reads()).as("characters read").isLessThanOrEqualTo(3L * input.length());
            if (scan.vouched()) {
                assertThat(scan.skeleton()).contains("postlist");
            }
        }
        assertThat(ThreadPageScan.of(inputs[7])).isNotNull();
        assertThat(ThreadPageScan.of(inputs[0])).isNull();
    }
}
