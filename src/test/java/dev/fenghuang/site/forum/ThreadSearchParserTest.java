package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.ThreadHit;
import dev.fenghuang.model.forum.ThreadSearch;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ThreadSearchParserTest {
    private static final String URL = SITE + "search.php?mod=forum&searchid=7&orderby=lastpost&ascdesc=desc"
            + "&searchsubmit=yes&kw=%E9%BB%84%E8%8A%B1%E8%8A%82";

    @Test
    void readsTheHeaderPagerAndSearchId() throws Exception {
        ThreadSearch search = ThreadSearchParser.parse(ForumFixtures.document("search-result.html", URL), CLOCK);
        assertThat(search.searchId()).isEqualTo(7);
        assertThat(search.keyword()).isEqualTo("黄花节");
        assertThat(search.total()).isEqualTo(28);
        assertThat(search.page()).isEqualTo(1);
        assertThat(search.pageCount()).isEqualTo(2);
        assertThat(search.hits()).extracting(ThreadHit::tid).containsExactly(51L, 44L);
    }

    @Test
    void readsAHitWithoutTheHighlightingMarkup() throws Exception {
        ThreadHit hit = ThreadSearchParser.parse(ForumFixtures.document("search-result.html", URL), CLOCK).hits().get(0);
        assertThat(hit).isEqualTo(new ThreadHit(51, "2026渠县黄花节攻略贴：路线与门票", 50, 1547,
                "黄花节攻略来了，门票免费！详见县旅游局公告 ...", LocalDateTime.of(2026, 11, 16, 9, 12),
                new Person(3, "reader1"), new BoardLink(2, "渠县杂谈", false)));
    }

    @Test
    void takesTheSearchIdFromThePagerWhenTheUrlLacksIt() throws Exception {
        ThreadSearch search = ThreadSearchParser.parse(ForumFixtures.document("search-result.html",
                SITE + "search.php?mod=forum&srchtxt=x&searchsubmit=yes"), CLOCK);
        assertThat(search.searchId()).isEqualTo(7);
        assertThat(search.hits().get(1).excerpt()).isEmpty();
    }

    @Test
    void refusesAPageWithoutResults() {
        assertThatThrownBy(() -> ThreadSearchParser.parse(Jsoup.parse("<html><body></body></html>", URL), CLOCK))
                .isInstanceOf(UnexpectedPage.class);
    }
}
