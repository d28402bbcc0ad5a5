package dev.fenghuang.site;

import dev.fenghuang.site.markup.DiscuzTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscuzSiteTest {
    private static final String SITE = Fixtures.SITE;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-06T04:00:00Z"), DiscuzTime.SITE_ZONE);

    private final FakePages pages = new FakePages();
    private final DiscuzSite site = new DiscuzSite(URI.create(SITE), StandardCharsets.UTF_8, pages, CLOCK);

    private static String view(long aid) {
        return SITE + "portal.php?mod=view&aid=" + aid;
    }

    @Test
    void readsAnArticleFromItsDynamicUrl() throws Exception {
        pages.serve(view(1234), "article-sample.html", 200);
        Article a = site.article(1234, 1);
        assertThat(a.title()).isEqualTo("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
        assertThat(a.paragraphs()).hasSize(10);
        assertThat(pages.asked()).containsExactly(view(1234));
    }

    @Test
    void asksForLaterPagesWithAPageParameter() throws Exception {
        pages.serve(view(7) + "&page=2", "article-multipage.html", 200);
        assertThat(site.article(7, 2).page()).isEqualTo(2);
    }

    @Test
    void turnsTheMissingArticle404IntoSiteRefusedWithTheSiteText() {
        pages.serve(view(999), "message-article-missing.html", 404);
        assertThatThrownBy(() -> site.article(999, 1)).isInstanceOfSatisfying(SiteRefused.class, e -> {
            assertThat(e.siteMessage().text()).isEqualTo("抱歉，您指定要查看的文章不存在或正在审核");
            assertThat(e.siteMessage().kind()).isEqualTo(Kind.NOT_FOUND);
        });
    }

    @Test
    void turnsTheSystemErrorPageIntoSiteRefused() {
        pages.serve(view(5), "system-error.html", 503);
        assertThatThrownBy(() -> site.article(5, 1)).isInstanceOf(SiteRefused.class)
                .hasMessage("您当前的访问请求当中含有非法字符，已经被系统拒绝");
    }

    @Test
    void namesTheStatusOfAServerErrorWithoutMessage() {
        pages.serve(view(5), new WebPage(URI.create(view(5)), URI.create(view(5)), 502, "text/html",
                StandardCharsets.UTF_8, true, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        assertThatThrownBy(() -> site.article(5, 1)).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("HTTP 502");
    }

    @Test
    void saysTheSiteServedItsMobileTemplate() {
        pages.serve(view(1234), "mobile.html", 200);
        assertThatThrownBy(() -> site.article(1234, 1)).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("mobile template").hasMessageContaining("User-Agent");
    }

    @Test
    void reportsAnAntiScrapingPage() {
        pages.serve(view(1234), "anti-scraping.html", 200);
        assertThatThrownBy(() -> site.article(1234, 1)).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("anti-scraping");
    }

    @Test
    void reportsAPageThatIsNotDiscuz() {
        pages.serve(view(1234), "not-discuz.html", 200);
        assertThatThrownBy(() -> site.article(1234, 1)).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("not a Discuz! page");
    }

    @Test
    void reportsADiscuzPageWithoutArticleContent() {
        pages.serve(view(11), "article-other-template.html", 200);
        assertThatThrownBy(() -> site.article(11, 1)).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("#article_content");
    }

    @Test
    void reportsATruncatedPage() {
        pages.serve(view(10), "article-truncated.html", 200);
        assertThatThrownBy(() -> site.article(10, 1)).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void reportsAnAnswerThatIsNotHtml() {
        pages.serve(view(10), new WebPage(URI.create(view(10)), URI.create(view(10)), 200, "application/json",
                StandardCharsets.UTF_8, true, "{\"message\":\"x\"}"));
        assertThatThrownBy(() -> site.article(10, 1)).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("application/json");
    }

    @Test
    void returnsAnEmptyArticlePageNumberedAsAskedPastTheEnd() throws Exception {
        pages.serve(view(7) + "&page=9", "article-clamped.html", 200);
        Article a = site.article(7, 9);
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.images()).isEmpty();
        assertThat(a.page()).isEqualTo(9);
        assertThat(a.pageCount()).isEqualTo(3);
        assertThat(a.page()).isGreaterThan(a.pageCount());
    }

    private static String list(int catid) {
        return SITE + "portal.php?mod=list&catid=" + catid;
    }

    @Test
    void readsAListPage() throws Exception {
        pages.serve(list(1), "list-parent.html", 200);
        var list = site.list(1, 1);
        assertThat(list.articles()).hasSize(3);
        assertThat(list.pageCount()).isEqualTo(2);
    }

    @Test
    void returnsAnEmptyListNumberedAsAskedPastTheEnd() throws Exception {
        pages.serve(list(1) + "&page=9", "list-clamped.html", 200);
        var list = site.list(1, 9);
        assertThat(list.articles()).isEmpty();
        assertThat(list.page()).isEqualTo(9);
        assertThat(list.pageCount()).isEqualTo(2);
    }

    @Test
    void turnsAMissingCategoryWithStatus200IntoSiteRefused() {
        pages.serve(list(99), "message-category-missing.html", 200);
        assertThatThrownBy(() -> site.list(99, 1)).isInstanceOfSatisfying(SiteRefused.class,
                e -> assertThat(e.siteMessage().kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void readsTheFullCommentPage() throws Exception {
        pages.serve(SITE + "portal.php?mod=comment&id=7&idtype=aid", "comments-page.html", 200);
        assertThat(site.comments(7, 1).comments()).hasSize(3);
    }

    @Test
    void returnsAnEmptyCommentPageNumberedAsAskedPastTheEnd() throws Exception {
        pages.serve(SITE + "portal.php?mod=comment&id=7&idtype=aid&page=5", "comments-beyond.html", 200);
        var list = site.comments(7, 5);
        assertThat(list.comments()).isEmpty();
        assertThat(list.page()).isEqualTo(5);
        assertThat(list.page()).isGreaterThan(list.pageCount());
    }

    @Test
    void passesTheLiteralForbiddenKeyOfAClosedCommentList() {
        pages.serve(SITE + "portal.php?mod=comment&id=8&idtype=aid", "message-comments-forbidden.html", 200);
        assertThatThrownBy(() -> site.comments(8, 1)).isInstanceOf(SiteRefused.class)
                .hasMessage("aid_comment_is_forbidden");
    }

    @Test
    void turnsTheLoginWallIntoNoPermission() {
        pages.serve(view(3), "message-login.html", 200);
        assertThatThrownBy(() -> site.article(3, 1)).isInstanceOfSatisfying(SiteRefused.class,
                e -> assertThat(e.siteMessage().kind()).isEqualTo(Kind.NO_PERMISSION));
    }

    @Test
    void readsTheFrontPageNav() throws Exception {
        pages.serve(SITE + "portal.php", "index-nav.html", 200);
        assertThat(site.front().nav()).hasSize(2);
    }

    @Test
    void refusesAFrontPageThatIsNotDiscuz() {
        pages.serve(SITE + "portal.php", "not-discuz.html", 200);
        assertThatThrownBy(site::front).isInstanceOf(UnexpectedPage.class).hasMessageContaining("not a Discuz! page");
    }
}
