package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.http.PageSource;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadSearch;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForumReadingTest {
    private final Pages pages = new Pages();
    private final ForumReading forum = new ForumReading(URI.create(SITE), StandardCharsets.UTF_8, pages, CLOCK);

    /** Canned pages by URL; anything else is a network failure. */
    static final class Pages implements PageSource {
        final Map<String, WebPage> served = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        void serve(String url, String fixture, int status) {
            served.put(url, ForumFixtures.page(fixture, url, status));
        }

        @Override
        public WebPage get(URI url) throws IOException {
            asked.add(url.toString());
            WebPage page = served.get(url.toString());
            if (page == null) {
                throw new IOException("no answer for " + url);
            }
            return page;
        }
    }

    @Test
    void readsTheIndexFromForumPhp() throws Exception {
        pages.serve(SITE + "forum.php", "forum-index.html", 200);
        assertThat(forum.index().categories()).hasSize(2);
        assertThat(pages.asked).containsExactly(SITE + "forum.php");
    }

    @Test
    void readsAThreadPageFromItsUrl() throws Exception {
        pages.serve(SITE + "forum.php?mod=viewthread&tid=51", "thread-page.html", 200);
        ThreadPage page = forum.thread(51, 1, 0);
        assertThat(page.floors()).hasSize(7);
    }

    /** The client reads a thread page from its text where it can: the record jsoup's tree of the page gives. */
    @ParameterizedTest
    @ValueSource(strings = {"thread-page.html", "thread-page-2.html", "thread-moderator-view.html",
        "thread-awaiting.html"})
    void readsAThreadPageAsJsoupsTreeOfTheWholePageReadsIt(String fixture) throws Exception {
        String url = SITE + "forum.php?mod=viewthread&tid=51";
        pages.serve(url, fixture, 200);
        ThreadPage whole = ThreadPageParser.parse(Jsoup.parse(ForumFixtures.text(fixture), url), CLOCK);
        assertThat(ThreadPageParser.framed(ForumFixtures.text(fixture), url, CLOCK)).isNotNull();
        assertThat(forum.thread(51, 1, 0)).isEqualTo(whole);
    }

    @Test
    void asksForOnlyTheAuthorsFloorsWithAuthorid() throws Exception {
        pages.serve(SITE + "forum.php?mod=viewthread&tid=51&authorid=6", "thread-only-author.html", 200);
        ThreadPage page = forum.thread(51, 1, 6);
        assertThat(page.authorFilter()).isEqualTo(6);
        assertThat(page.floors()).allMatch(f -> f.number() == 0);
    }

    @Test
    void stopsWhereABoardPagePastTheEndAnswersPageOne() throws Exception {
        pages.serve(SITE + "forum.php?mod=forumdisplay&fid=2&page=9", "board-past-the-end.html", 200);
        BoardPage page = forum.board(BoardQuery.of(2).withPage(9));
        assertThat(page.page()).isEqualTo(9);
        assertThat(page.pageCount()).isEqualTo(4);
        assertThat(page.threads()).as("not page 1's threads again").isEmpty();
    }

    @Test
    void stopsWhereAThreadPagePastTheEndAnswersTheLastPage() throws Exception {
        pages.serve(SITE + "forum.php?mod=viewthread&tid=51&page=9", "thread-page-2.html", 200);
        ThreadPage page = forum.thread(51, 9, 0);
        assertThat(page.page()).isEqualTo(9);
        assertThat(page.pageCount()).isEqualTo(6);
        assertThat(page.floors()).as("not the last page's floors again").isEmpty();
    }

    @Test
    void keepsTheLastPageWhenItIsTheOneAskedFor() throws Exception {
        pages.serve(SITE + "forum.php?mod=viewthread&tid=51&page=6", "thread-page-2.html", 200);
        ThreadPage page = forum.thread(51, 6, 0);
        assertThat(page.page()).isEqualTo(6);
        assertThat(page.floors()).hasSize(1);
        assertThat(page.floors().get(0).number()).isEqualTo(51);
    }

    @Test
    void turnsAMissingThreadIntoSiteRefusedWithTheSiteText() {
        pages.serve(SITE + "forum.php?mod=viewthread&tid=999", "message-thread-missing.html", 404);
        assertThatThrownBy(() -> forum.thread(999, 1, 0)).isInstanceOfSatisfying(SiteRefused.class, e -> {
            assertThat(e.siteMessage().text()).isEqualTo("抱歉，指定的主题不存在或已被删除或正在被审核");
            assertThat(e.siteMessage().kind()).isEqualTo(Kind.NOT_FOUND);
        });
    }

    @Test
    void turnsABoardForMembersIntoSiteRefused() {
        pages.serve(SITE + "forum.php?mod=forumdisplay&fid=3", "message-board-login.html", 200);
        assertThatThrownBy(() -> forum.board(BoardQuery.of(3))).isInstanceOfSatisfying(SiteRefused.class,
                e -> assertThat(e.siteMessage().text()).isEqualTo("抱歉，您尚未登录，没有权限访问该版块"));
    }

    @Test
    void saysWhenABoardUrlAnswersSomethingElse() {
        pages.serve(SITE + "forum.php?mod=forumdisplay&fid=2", "forum-index.html", 200);
        assertThatThrownBy(() -> forum.board(BoardQuery.of(2))).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("board page");
    }

    @Test
    void searchesWithTheWordsInTheSiteCharset() throws Exception {
        Pages gbk = new Pages();
        ForumReading gbkForum = new ForumReading(URI.create(SITE), Charset.forName("GBK"), gbk, CLOCK);
        String asked = SITE + "search.php?mod=forum&srchtxt=%BB%C6%BB%A8%BD%DA&searchsubmit=yes";
        gbk.serve(asked, "search-result.html", 200);
        ThreadSearch search = gbkForum.search("黄花节");
        assertThat(gbk.asked).containsExactly(asked);
        assertThat(search.hits()).hasSize(2);
    }

    @Test
    void readsALaterPageOfASearchByItsId() throws Exception {
        String asked = SITE + "search.php?mod=forum&searchid=7&orderby=lastpost&ascdesc=desc&searchsubmit=yes&page=3";
        pages.serve(asked, "search-result.html", 200);
        ThreadSearch past = forum.search(7, 3);
        assertThat(past.page()).isEqualTo(3);
        assertThat(past.pageCount()).isEqualTo(2);
        assertThat(past.hits()).isEmpty();
    }

    @Test
    void turnsTheSearchFloodIntoSiteRefused() {
        pages.serve(SITE + "search.php?mod=forum&srchtxt=%E9%BB%84%E8%8A%B1%E8%8A%82&searchsubmit=yes",
                "message-search-flood.html", 200);
        assertThatThrownBy(() -> forum.search("黄花节")).isInstanceOfSatisfying(SiteRefused.class,
                e -> assertThat(e.siteMessage().text()).isEqualTo("抱歉，您在 10 秒内只能进行一次搜索"));
    }

    @Test
    void jumpsToThePageHoldingAPostThroughTheSitesRedirect() throws Exception {
        String jump = SITE + "forum.php?mod=redirect&goto=findpost&ptid=51&pid=240";
        URI landed = URI.create(SITE + "forum.php?mod=viewthread&tid=51&page=6#pid240");
        pages.served.put(jump, new WebPage(URI.create(jump), landed, 200, "text/html", StandardCharsets.UTF_8, true,
                ForumFixtures.text("thread-page-2.html")));
        ThreadPage page = forum.threadWithPost(51, 240);
        assertThat(page.page()).isEqualTo(6);
        assertThat(page.floors()).extracting(f -> f.pid()).containsExactly(240L);
    }

    @Test
    void asksForTheNthFloorAndTheLastPageByTheSitesJumps() throws Exception {
        pages.serve(SITE + "forum.php?mod=redirect&ptid=51&postno=51", "thread-page-2.html", 200);
        pages.serve(SITE + "forum.php?mod=redirect&tid=51&goto=lastpost", "thread-page-2.html", 200);
        assertThat(forum.threadAtFloor(51, 51).floors().get(0).number()).isEqualTo(51);
        assertThat(forum.lastPage(51).page()).isEqualTo(6);
    }
}
