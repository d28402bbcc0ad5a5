package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Whether a thread page offers the thread tools (5.8): the menu {@code div#modmenu} is drawn for the board's
 * moderators only, so its presence is what the reader learns the account's tools from.
 */
class ThreadToolsOfferedTest {
    private static final String URL = ForumFixtures.SITE + "forum.php?mod=viewthread&tid=51";
    private static final String MENU = "<div id=\"modmenu\" class=\"xi2 pbm\">\n<a href=\"javascript:;\" "
            + "onclick=\"modthreads(3, 'delete')\">删除主题</a><span class=\"pipe\">|</span><a href=\"javascript:;\" "
            + "onclick=\"modthreads(4)\">关闭/打开</a>\n</div>\n";

    @Test
    void aMembersPageOffersNoTools() throws Exception {
        String html = ForumFixtures.text("thread-page.html");
        assertThat(ThreadPageParser.parse(Jsoup.parse(html, URL), ForumFixtures.CLOCK).moderatorTools()).isFalse();
    }

    @Test
    void aModeratorsPageWithTheMenuOffersThem() throws Exception {
        String html = ForumFixtures.text("thread-page.html")
                .replace("<td class=\"plc ptm pbn vwthd\"><h1 class=\"ts\">",
                        "<td class=\"plc ptm pbn vwthd\">" + MENU + "<h1 class=\"ts\">");
        assertThat(html).contains("modmenu");
        assertThat(ThreadPageParser.parse(Jsoup.parse(html, URL), ForumFixtures.CLOCK).moderatorTools()).isTrue();
    }
}
