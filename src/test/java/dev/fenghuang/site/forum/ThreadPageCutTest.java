package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadPage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreadPageCutTest {
    private static final String URL = SITE + "forum.php?mod=viewthread&tid=51";
    private static final String DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0 Safari/537.36";

    /** The page read whole, as before the cut. */
    private static ThreadPage whole(String html, String url) throws Exception {
        return ThreadPageParser.parse(Jsoup.parse(html, url), CLOCK);
    }

    private static String demoPage(DemoPortal portal, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.baseUrl().resolve(path)).header("User-Agent", DESKTOP).build();
        Charset charset = portal.options().charset();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(charset)).body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread-page.html", "thread-page-2.html", "thread-only-author.html",
        "thread-newest-first.html", "thread-moderator-view.html", "thread-awaiting.html"})
    void aHandWrittenThreadPageReadsTheSameCutAsWhole(String fixture) throws Exception {
        String html = ForumFixtures.text(fixture);
        String url = URL + (fixture.contains("author") ? "&authorid=3" : "")
                + (fixture.contains("newest") ? "&ordertype=1" : "");
        assertThat(ThreadPageCut.of(html)).isNotSameAs(html).hasSizeLessThan(html.length());
        assertThat(ThreadPageParser.parse(html, url, CLOCK)).isEqualTo(whole(html, url));
    }

    @Test
    void theDemoPortalsThreadPagesReadTheSameCutAsWholeInUtf8AndGbk() throws Exception {
        for (DemoOptions options : new DemoOptions[] {DemoOptions.defaults(), DemoOptions.builder().gbk().build()}) {
            try (DemoPortal portal = DemoPortal.start(options)) {
                for (String query : new String[] {"tid=1", "tid=1&page=2", "tid=1&page=3", "tid=1&page=7",
                    "tid=1&page=1&authorid=13", "tid=1&extra=&ordertype=1"}) {
                    String path = "forum.php?mod=viewthread&" + query;
                    String html = demoPage(portal, path);
                    String url = portal.baseUrl().resolve(path).toString();
                    String cut = ThreadPageCut.of(html);
                    assertThat(cut).as(path).isNotSameAs(html).doesNotContain("id=\"userinfo").doesNotContain("id=\"fj\"")
                            .doesNotContain("id=\"post_rate_div_");
                    assertThat(cut.length()).as(path).isLessThan(html.length() * 3 / 4);
                    assertThat(ThreadPageParser.parse(html, url, CLOCK)).as(path).isEqualTo(whole(html, url));
                }
            }
        }
    }

    @Test
    void aSubBoardPageWhoseBreadcrumbEndsInItsNameIsStillThatBoard() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String path = "forum.php?mod=forumdisplay&fid=5";
            BoardPage page = BoardPageParser.parse(Jsoup.parse(demoPage(portal, path),
                    portal.baseUrl().resolve(path).toString()), CLOCK);
            assertThat(page.fid()).isEqualTo(5);
            assertThat(page.breadcrumb()).extracting(BoardLink::fid).containsExactly(1, 2, 5);
        }
    }

    @Test
    void aPageWithoutPostListIsGivenBackWhole() {
        String html = "<html><body><div id=\"ct\"><div id=\"post_1\" >x</div></div></body></html>";
        assertThat(ThreadPageCut.of(html)).isSameAs(html);
    }

    @Test
    void aPostListNeverClosedIsGivenBackWholeAndReadAsItIs() throws Exception {
        String html = ForumFixtures.text("thread-cut-unclosed.html");
        assertThat(ThreadPageCut.of(html)).isSameAs(html);
        ThreadPage page = ThreadPageParser.parse(html, URL, CLOCK);
        assertThat(page).isEqualTo(whole(html, URL));
        assertThat(page.floors()).hasSize(2);
        assertThat(page.floors().get(1).author().group()).isEqualTo("版主");
    }

    @Test
    void aPageCutOffInTransferIsGivenBackWhole() {
        String html = ForumFixtures.text("thread-page.html");
        String truncated = html.substring(0, html.lastIndexOf("<div id=\"ft\""));
        assertThat(ThreadPageCut.of(truncated)).isSameAs(truncated);
    }

    @Test
    void aPostOutsideTheListOrAMessageBoxMakesThePageBeReadWhole() {
        String html = ForumFixtures.text("thread-page.html");
        String postAfter = html.replace("<div id=\"ft\"", "<div id=\"post_999\" >stray</div>\n<div id=\"ft\"");
        String message = html.replace("<div id=\"ft\"", "<div id=\"messagetext\" class=\"alert_info\">x</div><div id=\"ft\"");
        String subjectBefore = html.replace("<div id=\"postlist\"", "<h1 class=\"ts\">elsewhere</h1><div id=\"postlist\"");
        assertThat(ThreadPageCut.of(postAfter)).isSameAs(postAfter);
        assertThat(ThreadPageCut.of(message)).isSameAs(message);
        assertThat(ThreadPageCut.of(subjectBefore)).isSameAs(subjectBefore);
    }

    @Test
    void anUnreadBlockHoldingWhatIsReadStaysInPlace() throws Exception {
        String html = ForumFixtures.text("thread-cut-unclosed.html") + "</div>\n</html>\n";
        assertThat(ThreadPageCut.of(html)).isNotSameAs(html).contains("<div class=\"avatar\"><div class=\"authi\">");
        String postInComments = html.replace("<div id=\"post_702\" >", "<div id=\"comment_701\" class=\"cm\">\n"
                + "<div id=\"post_702\" >").replace("<div id=\"ft\"", "</div>\n<div id=\"ft\"");
        assertThat(ThreadPageCut.of(postInComments)).contains("<div id=\"comment_701\" class=\"cm\">");
        assertThat(ThreadPageParser.parse(postInComments, URL, CLOCK)).isEqualTo(whole(postInComments, URL));
        assertThat(ThreadPageParser.parse(html, URL, CLOCK)).isEqualTo(whole(html, URL));
    }

    @Test
    void buttonBarsAfterTheFirstReplyLinkAreCutUnlessTheyHoldWhatIsRead() throws Exception {
        String html = ForumFixtures.text("thread-page.html");
        assertThat(ThreadPageCut.of(html)).contains("reppost=180").doesNotContain("repquote=185");
        String reply185 = "repquote=185&amp;extra=&amp;page=1\">回复</a>";
        String pending = html.replace(reply185, reply185 + "<span class=\"xg1\">(待审核)</span>");
        String modMenu = html.replace(reply185, reply185 + "<a id=\"modmenu\" href=\"#\">管理</a>");
        String firstLinkless = html.replace("<a class=\"fastre\" href=\"forum.php?mod=post&amp;action=reply&amp;fid=2"
                + "&amp;tid=51&amp;reppost=180", "<a class=\"x\" href=\"forum.php?mod=post&amp;action=reply&amp;reppost=180");
        assertThat(ThreadPageCut.of(pending)).contains("(待审核)");
        assertThat(ThreadPageCut.of(modMenu)).contains("modmenu");
        assertThat(ThreadPageCut.of(firstLinkless)).contains("repquote=185");
        for (String page : new String[] {html, pending, modMenu, firstLinkless}) {
            assertThat(ThreadPageParser.parse(page, URL, CLOCK)).isEqualTo(whole(page, URL));
        }
        assertThat(ThreadPageParser.parse(pending, URL, CLOCK).floors().get(1).state())
                .isEqualTo(dev.fenghuang.model.forum.FloorState.PENDING);
    }

    @Test
    void hostileMarkupIsCutInLinearTime() {
        int n = 200_000;
        String nestedUnread = "<div id=\"postlist\">" + "<div class=\"avatar\">".repeat(n) + "</html>";
        String closings = "<div id=\"postlist\">" + "</div".repeat(n) + "<div".repeat(n) + "</html>";
        String blocks = "<div id=\"pt\">" + "<div><div id=\"comment_1\"></div x".repeat(n) + "<div id=\"postlist\">"
                + "<div id=\"comment_1\"><div id=\"post_1\"></div></div>".repeat(n) + "</div></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(ThreadPageCut.of(nestedUnread)).isSameAs(nestedUnread);
            assertThat(ThreadPageCut.of(closings)).isNotNull();
            assertThat(ThreadPageCut.of(blocks)).isNotNull();
        });
    }
}
