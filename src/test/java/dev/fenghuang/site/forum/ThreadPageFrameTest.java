package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.site.forum.scan.PartTree;
import dev.fenghuang.site.forum.scan.ThreadPageFrame;
import dev.fenghuang.site.forum.scan.ThreadPageScan;
import java.lang.reflect.RecordComponent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page's own fields (subject, type, state, counts, breadcrumb, board, pager, filter, tools, thread id) read from
 * a frame built from the page's text ({@link ThreadPageFrame}, {@link PartTree}) are, field by field, the ones jsoup
 * gives from the skeleton and from the whole page; where the frame cannot be vouched for there is none, and the
 * skeleton is parsed as before.
 */
class ThreadPageFrameTest {
    private static final String URL = SITE + "forum.php?mod=viewthread&tid=51";

    /**
     * The page's record read with its frame built equals, field by field, the record read with the skeleton parsed
     * by jsoup and the record from jsoup's tree of the whole page; the frame was built.
     */
    static void assertFramedAsJsoupReadsIt(String html, String url, String what) {
        ThreadPageScan framed = ThreadPageScan.of(html);
        assertThat(framed).as("%s is scanned", what).isNotNull();
        Document frame = framed.frame(url);
        assertThat(frame).as("%s has a frame built from its text", what).isNotNull();
        try {
            ThreadPage fromFrame = ThreadPageParser.scanned(framed, frame, CLOCK);
            ThreadPageScan skeletal = ThreadPageScan.of(html);
            ThreadPage fromSkeleton = ThreadPageParser.scanned(skeletal, ThreadPageParser.skeleton(skeletal, url),
                    CLOCK);
            ThreadPage whole = ThreadPageParser.parse(Jsoup.parse(html, url), CLOCK);
            assertSameFields(fromFrame, fromSkeleton, what + ", frame against skeleton");
            assertSameFields(fromFrame, whole, what + ", frame against the whole page");
            assertThat(frame.baseUri()).as(what).isEqualTo(Jsoup.parse(html, url).baseUri());
        } catch (UnexpectedPage e) {
            throw new AssertionError(e);
        }
    }

    /** Each component of the record, compared on its own so that a difference names its field. */
    static void assertSameFields(ThreadPage actual, ThreadPage expected, String what) {
        assertThat(actual).as(what).isNotNull();
        assertThat(expected).as(what).isNotNull();
        for (RecordComponent field : ThreadPage.class.getRecordComponents()) {
            try {
                assertThat(field.getAccessor().invoke(actual)).as("%s: %s", what, field.getName())
                        .isEqualTo(field.getAccessor().invoke(expected));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(actual).as(what).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread-page.html", "thread-page-2.html", "thread-only-author.html",
        "thread-newest-first.html", "thread-moderator-view.html", "thread-awaiting.html"})
    void everyHandWrittenPageIsFramedAsJsoupReadsIt(String fixture) {
        String url = URL + (fixture.contains("author") ? "&authorid=3" : "")
                + (fixture.contains("newest") ? "&ordertype=1" : "");
        assertFramedAsJsoupReadsIt(ForumFixtures.text(fixture), url, fixture);
        assertFramedAsJsoupReadsIt(ForumFixtures.text(fixture), URL + "&page=99", fixture + " past the end");
    }

    @Test
    void theTwentyFloorPageOfTheBenchmarkIsFramed() {
        assertFramedAsJsoupReadsIt(ThreadPageBenchmarkTest.twentyFloors(20), URL, "twenty floors");
    }

    /** Pages as the reference (§4.3) says they come: every one framed and read as jsoup reads it. */
    @Test
    void theReferencesVariantsOfAThreadPageAreFramedAsJsoupReadsThem() {
        String html = ForumFixtures.text("thread-page.html");
        String pgtPager = html.substring(html.indexOf("<div class=\"pgt\">"), html.indexOf("</div></div></div>\n",
                html.indexOf("<div id=\"pgt\"")) + "</div></div>".length());
        String pgsPager = html.substring(html.indexOf("<div class=\"pg\">", html.indexOf("<div class=\"pgs mtm")),
                html.indexOf("</div></div>\n<form") + "</div>".length());
        String heading = "<span id=\"thread_subject\">2026渠县黄花节攻略贴</span>\n</h1>";
        String form = html.substring(html.indexOf("<form method"), html.indexOf("</form>") + "</form>".length());
        String[][] variants = {
            {"no pager at all", html.replace(pgtPager, "").replace(pgsPager, "")},
            {"one page", html.replace(pgtPager, "<div class=\"pgt\"></div>").replace(pgsPager, "")},
            {"pager below only", html.replace(pgtPager, "<div class=\"pgt\"></div>")},
            {"closed", html.replace(heading, heading + "\n<span class=\"xg1\">\n&nbsp;<i class=\"fico-lock fc-s\" "
                    + "title=\"关闭\"></i></span>")},
            {"awaiting moderation", html.replace(heading, heading + "\n<span class=\"xg1\">\n(审核中)</span>")},
            {"ignored", html.replace(heading, heading + "\n<span class=\"xg1\">\n(已忽略)</span>")},
            {"no type", html.replace("<a href=\"forum.php?mod=forumdisplay&fid=2&amp;filter=typeid&amp;typeid=3\">"
                    + "[分享]</a>\n", "")},
            {"no reply form", html.replace(form, "")},
            {"no breadcrumb board, the form names it", html.replace("<a href=\"forum.php?mod=forumdisplay&amp;fid=2"
                    + "\">渠县杂谈</a>", "<a href=\"forum.php\">渠县杂谈</a>")},
            {"counts in 万 with titles", html.replace("<span class=\"xi1\">1547</span>", "<span class=\"xi1\">"
                    + "<span title=\"15470\">1万</span></span>")},
            {"comments in the pager and the list", html.replace(pgsPager, pgsPager + "<!--[diy=diyfastposttop]-->"
                    + "<div id=\"diyfastposttop\" class=\"area\"></div><!--[/diy]-->")
                    .replace("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"pls ptn pbn\">",
                            "<table cellspacing=\"0\" cellpadding=\"0\"><!-- 头 --><tr><td class=\"pls ptn pbn\">")},
            {"entities and raw ampersands", html.replace("渠县杂谈</a> <em>", "渠县&amp;杂谈&nbsp;&#x6587;</a> <em>")
                    .replace("&amp;extra=&amp;page=2\">2</a>", "&extra=&page=2\">2</a>")},
            {"a tbody written out", html.replace("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"pls ptn",
                    "<table cellspacing=\"0\" cellpadding=\"0\"><tbody><tr><td class=\"pls ptn").replace("</h1>\n</td></tr></table>",
                    "</h1>\n</td></tr></tbody></table>")},
        };
        for (String[] variant : variants) {
            assertThat(variant[1]).as(variant[0]).isNotEqualTo(html);
            assertFramedAsJsoupReadsIt(variant[1], URL, variant[0]);
            assertFramedAsJsoupReadsIt(variant[1], URL + "&page=99", variant[0] + ", past the end");
        }
    }

    /** Markup around the posts that jsoup builds otherwise: no frame, the skeleton parsed, the same record. */
    @Test
    void aFrameThatCannotBeVouchedForIsLeftToJsoup() throws Exception {
        String html = ForumFixtures.text("thread-page.html");
        String[][] variants = {
            {"script in the breadcrumb", html.replace("<div class=\"z\">", "<div class=\"z\"><script>var a = '</div>';"
                    + "</script>")},
            {"misnested pager", html.replace("<strong>1</strong>", "<strong>1<b></strong></b>")},
            {"block in a paragraph", html.replace("<div class=\"z\">", "<p><div class=\"z\">").replace(
                    "2026渠县黄花节攻略贴</a></div></div>", "2026渠县黄花节攻略贴</a></div></p></div>")},
            {"text in the header's table", html.replace("<table cellspacing=\"0\" cellpadding=\"0\"><tr>",
                    "<table cellspacing=\"0\" cellpadding=\"0\">x<tr>")},
            {"heading before the list", html.replace("<div id=\"pt\"", "<h1 class=\"ts\">别处</h1><div id=\"pt\"")},
            {"no end of document", html.replace("</html>", "")},
            {"comment closed early", html.replace("<div class=\"pg\"><strong>1</strong>",
                    "<div class=\"pg\"><!--><strong>1</strong>")},
        };
        for (String[] variant : variants) {
            assertThat(variant[1]).as(variant[0]).isNotEqualTo(html);
            ThreadPageScan scan = ThreadPageScan.of(variant[1]);
            if (scan != null) {
                assertThat(scan.frame(URL)).as(variant[0]).isNull();
            }
            ThreadPage whole = ThreadPageParser.parse(Jsoup.parse(variant[1], URL), CLOCK);
            assertSameFields(ThreadPageParser.parse(variant[1], URL, CLOCK), whole, variant[0]);
        }
    }
}
