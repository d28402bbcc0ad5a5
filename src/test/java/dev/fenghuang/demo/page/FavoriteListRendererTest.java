package dev.fenghuang.demo.page;

import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.write.FavoriteRoutesTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FavoriteListRendererTest {
    @Test
    void theListShowsFavidTitleLinkAndRelativeTimeNewestFirst() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            portal.freezeClock(); // "刚刚" must not turn into "1 秒前" on a busy machine
            // and the five minutes below stay on the site's today: past its midnight "5 分钟前" reads "昨天 23:57"
            long intoTheDay = java.time.LocalTime.now(PrintedTime.SITE_ZONE).toSecondOfDay();
            if (intoTheDay > 86_400 - 600) {
                portal.advanceClock(Duration.ofSeconds(86_400 - intoTheDay + 60));
            }
            FavoriteRoutesTest.favorite(reader, 1, "");
            portal.advanceClock(Duration.ofMinutes(5));
            FavoriteRoutesTest.favorite(reader, 2, "第二篇");
            String html = reader.get("home.php?mod=space&uid=12&do=favorite&view=me&type=article").text();
            assertThat(html).contains("<h1 class=\"mt bbs\"><img alt=\"favorite\" src=\"static/image/feed/favorite.gif\" "
                    + "class=\"vm\" /> 文章</h1>").contains("<ul id=\"favorite_ul\" class=\"\">")
                    .contains("<li id=\"fav_1\" class=\"bbda ptm pbm\">\n<a class=\"y\" id=\"a_delete_1\" href=\"home.php?"
                            + "mod=spacecp&amp;ac=favorite&amp;op=delete&amp;favid=1\"")
                    .contains("<input type=\"checkbox\" name=\"favorite[]\" class=\"pc\" value=\"1\" vid=\"1\" />\n"
                            + "<a href=\"portal.php?mod=view&aid=1\" target=\"_blank\">全省“巾帼脱贫行动”暨基层妇联组织改革"
                            + "现场推进会在渠召开</a> <span class=\"xg1\"><span title=\"")
                    .contains("\">5&nbsp;分钟前</span></span>").contains("\">刚刚</span></span>")
                    .doesNotContain("alt=\"article\"");
            assertThat(html.indexOf("id=\"fav_2\"")).isLessThan(html.indexOf("id=\"fav_1\""));
            assertThat(reader.get("home.php?mod=space&do=favorite&view=me&type=all").text())
                    .contains("<span><img src=\"static/image/feed/article.gif\" alt=\"article\" class=\"t\" /> </span>");
        }
    }

    @Test
    void moreThanTwentyFavouritesArePaged() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            for (int aid = 1; aid <= 21; aid++) {
                FavoriteRoutesTest.favorite(reader, aid, "");
            }
            String first = reader.get("home.php?mod=space&do=favorite&view=me&type=article").text();
            assertThat(first).contains("id=\"fav_21\"").doesNotContain("id=\"fav_1\"")
                    .contains("<div class=\"pgs cl mtm\"><div class=\"pg\">");
            assertThat(reader.get("home.php?mod=space&do=favorite&view=me&type=article&page=2").text())
                    .contains("id=\"fav_1\"").doesNotContain("id=\"fav_2\"");
        }
    }

    @Test
    void anEmptyListSaysSoAndGuestsMustLogIn() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(Browser.loggedIn(portal, "reader1", "reader123")
                    .get("home.php?mod=space&do=favorite&view=me&type=article").text())
                    .contains("<p class=\"emp\">您还没有添加任何收藏</p>");
            Fetch.Page guest = new Browser(portal).get("home.php?mod=space&do=favorite&view=me&type=article");
            assertThat(guest.status()).isEqualTo(200);
            assertThat(guest.text()).contains("<div id=\"messagetext\" class=\"alert_info\">\n<p>请先登录后才能继续浏览</p>")
                    .contains("<div id=\"messagelogin\"></div>");
        }
    }

    @Test
    void relativeTimesFollowTheDgmdateRules() {
        long now = PrintedTime.unix(2024, 5, 10, 12, 0);
        assertThat(PrintedTime.relative(now, now)).endsWith(">刚刚</span>");
        assertThat(PrintedTime.relative(now - 1, now)).endsWith(">1&nbsp;秒前</span>");
        assertThat(PrintedTime.relative(now - 2000, now)).isEqualTo("<span title=\"2024-5-10 11:26\">半小时前</span>");
        assertThat(PrintedTime.relative(now - 7200, now)).endsWith(">2&nbsp;小时前</span>");
        assertThat(PrintedTime.relative(PrintedTime.unix(2024, 5, 9, 15, 20), now)).endsWith(">昨天&nbsp;15:20</span>");
        assertThat(PrintedTime.relative(PrintedTime.unix(2024, 5, 8, 9, 5), now)).endsWith(">前天&nbsp;09:05</span>");
        assertThat(PrintedTime.relative(PrintedTime.unix(2024, 5, 5, 9, 5), now)).endsWith(">5&nbsp;天前</span>");
        assertThat(PrintedTime.relative(PrintedTime.unix(2024, 4, 1, 9, 5), now)).isEqualTo("2024-4-1 09:05");
    }
}
