package dev.fenghuang.demo.page;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommentPageRendererTest {
    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static String comments(String query) {
        Fetch.Page page = Fetch.get(portal, "portal.php?mod=comment&idtype=aid&" + query);
        assertThat(page.status()).isEqualTo(200);
        return page.text();
    }

    private static List<Integer> cids(String html) {
        return Pattern.compile("<dl id=\"comment_(\\d+)_li\"").matcher(html).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    @Test
    void fullPageShowsTwentyFivePerPageNewestFirst() {
        List<Integer> first = cids(comments("id=3"));
        List<Integer> last = cids(comments("id=3&page=5"));
        assertThat(first).hasSize(25);
        assertThat(last).hasSize(25);
        assertThat(first.get(0)).isGreaterThan(first.get(24)).isGreaterThan(last.get(0));
    }

    @Test
    void headerLinksTheArticleAndCountsTheComments() {
        String html = comments("id=3");
        assertThat(html).contains("<h1 class=\"ph\"><a href=\"portal.php?mod=view&aid=3\">");
        assertThat(html).contains("<p>评论 (125)<span class=\"pipe\">|</span>");
        assertThat(html).contains("portal_comment_requote(").contains(", '');\">引用</a>");
        assertThat(html).contains("<title>门户 -  凤凰山下 -  Powered by Discuz!</title>");
    }

    @Test
    void pagerSitsInItsContainerAndIsEmptyForOnePage() {
        assertThat(comments("id=3")).contains("<div class=\"pgs cl mtm mbm\"><div class=\"pg\"><strong>1</strong>"
                + "<a href=\"portal.php?mod=comment&id=3&idtype=aid&amp;page=2\">2</a>");
        assertThat(comments("id=5")).contains("<div class=\"pgs cl mtm mbm\"></div>");
    }

    @Test
    void pageBeyondTheEndHasNoItemsAndAnEmptyPager() {
        String html = comments("id=3&page=9");
        assertThat(cids(html)).isEmpty();
        assertThat(html).contains("<div class=\"pgs cl mtm mbm\"></div>");
    }

    @Test
    void commentsShowGuestsQuotesLineBreaksAndSpaceRuns() {
        String html = comments("id=3") + comments("id=3&page=2");
        assertThat(html).contains("</a> </span>\n游客\n<span class=\"xg1 xw0\">");
        assertThat(html).contains("<dd><div class=\"quote\"><blockquote>引用: ");
        assertThat(html).containsPattern("<dd>[^<]+<br />[^<]+</dd>");
        assertThat(html).containsPattern("<dd>[^<]+&nbsp; &nbsp;&nbsp;[^<]+</dd>");
    }

    @Test
    void formPostsOnlyMessageAidAndFormhash() {
        String html = comments("id=3");
        assertThat(html).contains("<form id=\"cform\" name=\"cform\" action=\"portal.php?mod=portalcp&amp;ac=comment\"");
        assertThat(html).contains("<input type=\"hidden\" name=\"aid\" value=\"3\" />");
        assertThat(html).contains("<button type=\"submit\" name=\"commentsubmit\" value=\"true\" class=\"pn\">"
                + "<strong>评论</strong></button>");
    }
}
