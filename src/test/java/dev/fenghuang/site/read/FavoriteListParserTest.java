package dev.fenghuang.site.read;

import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import dev.fenghuang.site.write.LoginFlowTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Favorite;
import dev.fenghuang.model.FavoriteList;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FavoriteListParserTest {
    private final FakeConnection site = new FakeConnection();

    @Test
    void readsEachEntryWithItsFavidArticleTitleAndTime() throws Exception {
        site.fixture("do=favorite&view=me&type=article&page=2", "write/favorites-page.html");
        FavoriteList list = LoginFlowTest.account(site).favorites(2);
        assertThat(list.page()).isEqualTo(1);
        assertThat(list.pageCount()).isEqualTo(2);
        assertThat(list.favorites()).containsExactly(
                new Favorite(7, 1234, "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开",
                        Fixtures.SITE + "portal.php?mod=view&aid=1234", LocalDateTime.of(2024, 5, 1, 10, 0)),
                new Favorite(2, 5, "渠县召开&部署会议", Fixtures.SITE + "article/201611/06/5.html",
                        LocalDateTime.of(2016, 11, 6, 15, 20)));
        assertThat(site.requests().get(0).url())
                .isEqualTo(Fixtures.SITE + "home.php?mod=space&do=favorite&view=me&type=article&page=2");
    }

    @Test
    void anEmptyListHasNoEntries() throws Exception {
        site.fixture("do=favorite", "write/favorites-empty.html");
        assertThat(LoginFlowTest.account(site).favorites(1).favorites()).isEmpty();
    }

    @Test
    void anEntryThatIsNoArticleHasNoAid() {
        String html = "<ul id=\"favorite_ul\"><li id=\"fav_9\"><a class=\"y\" id=\"a_delete_9\" href=\"x\">删除</a>"
                + "<input type=\"checkbox\" vid=\"77\" /><span><img src=\"t.gif\" alt=\"thread\" class=\"t\" /></span>"
                + "<a href=\"forum.php?mod=viewthread&amp;tid=77\">帖子</a></li></ul>";
        FavoriteList list = FavoriteListParser.parse(org.jsoup.Jsoup.parse(html, Fixtures.SITE), LoginFlowTest.clock());
        assertThat(list.favorites()).singleElement().extracting(Favorite::aid, Favorite::title).containsExactly(0L, "帖子");
    }
}
