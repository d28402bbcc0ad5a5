package dev.fenghuang.demo.page;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.http.Formhash;
import dev.fenghuang.demo.seed.SampleArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticlePageRendererTest {
    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static String page(String target) {
        Fetch.Page page = Fetch.get(portal, target);
        assertThat(page.status()).isEqualTo(200);
        return page.text();
    }

    @Test
    void sampleArticleHasTheExactX35HeadAndMetaLine() {
        String html = page("portal.php?mod=view&aid=1");
        String site = portal.baseUrl().toString();
        assertThat(html).contains("<div id=\"pt\" class=\"bm cl\">\n<div class=\"z\">\n"
                + "<a href=\"./\" class=\"nvhm\" title=\"首页\">凤凰山下</a> <em>&rsaquo;</em>\n"
                + "<a href=\"portal.php\">首页</a> <em>&rsaquo;</em><a href=\"" + site
                + "portal.php?mod=list&catid=1\">党政风采</a><em>&rsaquo;</em>\n"
                + "<a href=\"" + site + "portal.php?mod=list&catid=2\">渠县</a> <em>&rsaquo;</em>\n查看内容\n</div>\n</div>");
        assertThat(html).containsPattern("<div class=\"h hm\">\n<h1 class=\"ph\">" + SampleArticle.TITLE + " </h1>\n"
                + "<p class=\"xg1\">\n2016-11-6 15:20<span class=\"pipe\">\\|</span>\n"
                + "发布者: <a href=\"home.php\\?mod=space&amp;uid=3\">归来</a><span class=\"pipe\">\\|</span>\n"
                + "查看: <em id=\"_viewnum\">\\d+</em><span class=\"pipe\">\\|</span>\n"
                + "评论: 0<span class=\"pipe\">\\|</span>原作者: 何俊笼 廖亚飞</p>\n</div>");
        assertThat(html).contains("<title>" + SampleArticle.TITLE + " - 渠县 -  凤凰山下 -  Powered by Discuz!</title>");
    }

    @Test
    void sampleArticleHasTheSeedSummaryAndTenIndentedParagraphs() {
        String html = page("portal.php?mod=view&aid=1");
        assertThat(html).contains("<div class=\"s\"><div><strong>摘要</strong>: 　　11月1日,全省“巾帼脱贫行动”暨基层"
                + "妇联组织改革现场推进会在我县召开。");
        assertThat(html).contains("充分发挥基层妇联的桥梁纽带作用,为 ...</div></div>");
        String body = html.substring(html.indexOf("<td id=\"article_content\">"), html.indexOf("</td></tr></table>"));
        assertThat(Pattern.compile("<p>　　").matcher(body).results().count()).isEqualTo(10);
        for (String paragraph : SampleArticle.paragraphs()) {
            assertThat(body).contains("<p>　　" + paragraph + "</p>");
        }
        assertThat(body).contains("<p>　　王飞虎、刘静、吴燕等县领导出席会议或参加现场会。</p>");
    }

    @Test
    void eachViewPrintsTheCountBeforeItAndIncrementsIt() {
        long first = views(page("portal.php?mod=view&aid=9"));
        long second = views(page("portal.php?mod=view&aid=9"));
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void sampleArticleStartsAt1999Views() {
        try (DemoPortal fresh = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(views(Fetch.get(fresh, "portal.php?mod=view&aid=1").text())).isEqualTo(1999);
            assertThat(views(Fetch.get(fresh, "portal.php?mod=view&aid=1").text())).isEqualTo(2000);
        }
    }

    @Test
    void reactionLinksFollowTheRealPositionsWithoutCountsWhenZero() {
        String html = page("portal.php?mod=view&aid=1");
        assertThat(html).contains("id=\"click_aid_1_1\"").contains("<br />鲜花</a>").contains("<br />鸡蛋</a>");
        assertThat(html.indexOf("鲜花</a>")).isLessThan(html.indexOf("握手</a>"));
        assertThat(html.indexOf("雷人</a>")).isLessThan(html.indexOf("路过</a>"));
        assertThat(html).doesNotContain("class=\"atdc\"");
        assertThat(html).contains("&amp;hash=" + Formhash.md5("3\t" + PrintedTime.unix(2016, 11, 6, 15, 20)) + "&amp;");
        assertThat(page("portal.php?mod=view&aid=6")).containsPattern("<div class=\"atdc\">\n<div class=\"ac[1-4]\" "
                + "style=\"height:\\d+px;\">\n<em>\\d+</em>");
    }

    @Test
    void multiPageArticleShowsPageTitlesAndTheArticlePager() {
        String second = page("portal.php?mod=view&aid=2&page=2");
        assertThat(second).contains("<td id=\"article_content\"><div class=\"vm_pagetitle xw1\">主要做法</div>");
        assertThat(second).contains("<div class=\"ptw pbw cl\"><div class=\"pg\"><a href=\"portal.php?mod=view&aid=2"
                + "&amp;page=1\" class=\"prev\">&nbsp;&nbsp;</a>");
        assertThat(second).contains("<strong>2</strong>").contains("<span title=\"共 3 页\"> / 3 页</span>");
        assertThat(second).contains(" - 第2页 - ");
        assertThat(page("portal.php?mod=view&aid=2")).contains("<div class=\"vm_pagetitle xw1\">基本情况</div>");
    }

    @Test
    void pageBeyondTheLastHasAnEmptyBodyAndThePagerOnTheLastPage() {
        String html = page("portal.php?mod=view&aid=2&page=9");
        assertThat(html).contains("<td id=\"article_content\"></td>").contains("<strong>3</strong>");
    }

    @Test
    void commentBlockShowsTheLatestTwentyNewestFirstWithAnchors() {
        String html = page("portal.php?mod=view&aid=3");
        Matcher ids = Pattern.compile("<a name=\"comment_anchor_(\\d+)\"></a>\n<dl id=\"comment_(\\d+)_li\"").matcher(html);
        int count = 0;
        int last = Integer.MAX_VALUE;
        while (ids.find()) {
            assertThat(ids.group(1)).isEqualTo(ids.group(2));
            assertThat(Integer.parseInt(ids.group(1))).isLessThan(last);
            last = Integer.parseInt(ids.group(1));
            count++;
        }
        assertThat(count).isEqualTo(20);
        assertThat(html).contains("查看全部评论(<em id=\"_commentnum\">125</em>)");
        assertThat(html).contains("评论: <a href=\"portal.php?mod=comment&id=3&idtype=aid\" title=\"查看全部评论\">"
                + "<em id=\"_commentnum\">125</em></a>");
        assertThat(html).contains("<form id=\"cform\" name=\"cform\" action=\"portal.php?mod=portalcp&ac=comment\"");
    }

    @Test
    void articleWithCommentsDisabledHasNoCommentBlock() {
        String html = page("portal.php?mod=view&aid=6");
        assertThat(html).doesNotContain("id=\"cform\"").doesNotContain("<div id=\"comment\"");
    }

    @Test
    void sourceIsALinkOrPlainTextAfterAPipe() {
        assertThat(page("portal.php?mod=view&aid=3")).containsPattern(
                "<span class=\"pipe\">\\|</span>来自: <a href=\"http://[^\"]+\" target=\"_blank\">[^<]+</a></p>");
        assertThat(page("portal.php?mod=view&aid=7")).containsPattern("<span class=\"pipe\">\\|</span>来自: [^<]+</p>");
        assertThat(page("portal.php?mod=view&aid=5")).doesNotContain("来自: ").doesNotContain("原作者: ");
    }

    @Test
    void articleWithoutSummaryHasNoSummaryBox() {
        assertThat(page("portal.php?mod=view&aid=7")).doesNotContain("<div class=\"s\">");
    }

    @Test
    void neighboursAreTheAdjacentAidsOfTheSameCategory() {
        String html = page("portal.php?mod=view&aid=6");
        assertThat(html).contains("<div class=\"pren pbm cl\">\n<em>上一篇：<a href=\"portal.php?mod=view&aid=2\">");
        assertThat(html).contains("<em>下一篇：<a href=\"portal.php?mod=view&aid=10\">");
    }

    @Test
    void imageArticlesCarryRelativeAttachmentImagesThatAreServed() {
        String html = page("portal.php?mod=view&aid=4");
        Matcher image = Pattern.compile("<img src=\"(data/attachment/portal/\\d{6}/\\d{2}/\\w+\\.jpg)\"").matcher(html);
        assertThat(image.find()).isTrue();
        Fetch.Page picture = Fetch.get(portal, image.group(1));
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.header("content-type")).isEqualTo("image/jpeg");
    }

    private static long views(String html) {
        Matcher m = Pattern.compile("<em id=\"_viewnum\">(\\d+)</em>").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
