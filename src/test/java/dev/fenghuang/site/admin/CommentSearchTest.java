package dev.fenghuang.site.admin;

import dev.fenghuang.site.DiscuzAdmin;
import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import dev.fenghuang.model.SiteRefused;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommentSearchTest {
    private static final String SEARCH = "admin.php?action=comment&operation=article";
    private static final String DELETE = SEARCH + "&frame=no";
    private static final CommentQuery WEEK = CommentQuery.between(LocalDate.of(2024, 4, 24), LocalDate.of(2024, 5, 1));

    private final FakeConnection site = new FakeConnection();

    private DiscuzAdmin admin() {
        return AdminLoginTest.admin(site);
    }

    @Test
    void postsTheSearchFormsFieldsWithSearchsubmit() throws Exception {
        site.fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-results.html");
        admin().searchComments(WEEK.onArticle(1).by("reader1", "reader2").withPerPage(50), 1);
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE + SEARCH);
        assertThat(post.fields()).containsExactly(Map.entry("formhash", "a1b2c3d4"), Map.entry("scrolltop", ""),
                Map.entry("anchor", ""), Map.entry("page", "1"), Map.entry("pp", "20"), Map.entry("perpage", "50"),
                Map.entry("subject", ""), Map.entry("aid", "1"), Map.entry("message", ""),
                Map.entry("author", "reader1,reader2"), Map.entry("authorid", ""), Map.entry("starttime", "2024-4-24"),
                Map.entry("endtime", "2024-5-1"), Map.entry("searchsubmit", "提交"));
    }

    @Test
    void readsTheCountAndEachFoundComment() throws Exception {
        site.fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-results.html");
        SearchPage page = admin().searchComments(WEEK, 1);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hits()).extracting(SearchHit::cid).containsExactly(31L, 30L, 12L);
        assertThat(page.hits().get(0)).isEqualTo(new SearchHit(31, 1, "渠县脱贫攻坚纪实", new Person(7, "reader3"),
                LocalDateTime.of(2024, 5, 1, 9, 58), "这是审核测试评论\n第二行"));
        assertThat(page.hits().get(1).text()).isEqualTo("好文 & 好图");
    }

    @Test
    void nothingMatchingIsAnEmptyPage() throws Exception {
        site.fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-none.html");
        assertThat(admin().searchComments(WEEK, 1)).isEqualTo(new SearchPage(1, 1, 0, List.of()));
    }

    @Test
    void aRangeTheAccountMayNotSearchIsRefusedInTheSitesWords() throws Exception {
        site.fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-range.html");
        assertThatThrownBy(() -> admin().searchComments(WEEK, 1)).isInstanceOf(SiteRefused.class)
                .hasMessage("抱歉，您只能搜索 16 天以内的评论");
    }

    @Test
    void readsTheFormOnceForEveryPage() throws Exception {
        site.fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-results.html");
        DiscuzAdmin admin = admin();
        admin.searchComments(WEEK, 1);
        admin.searchComments(WEEK, 2);
        assertThat(site.requests()).extracting(FakeConnection.Request::method).containsExactly("GET", "POST", "POST");
        assertThat(site.lastPost().field("page")).isEqualTo("2");
    }

    @Test
    void sendsTheKeywordInTheCharsetOfAGbkSite() throws Exception {
        FakeConnection gbk = new FakeConnection(Charset.forName("GBK"))
                .fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-results.html");
        AdminLoginTest.admin(gbk).searchComments(WEEK.containing("审核测试"), 1);
        assertThat(gbk.lastPost().field("message")).isEqualTo("审核测试");
        assertThat(gbk.lastPost().charset()).isEqualTo(Charset.forName("GBK"));
    }

    @Test
    void deletesThenSearchesAgainToSeeWhichAreGone() throws Exception {
        site.fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-results.html")
                .fixture(DELETE, "admin/search-deleted.html").fixture(SEARCH, "admin/search-after-delete.html");
        DiscuzAdmin admin = admin();
        admin.searchComments(WEEK, 1);
        BatchResult result = admin.deleteComments(List.of(31L, 30L), WEEK);
        FakeConnection.Request delete = site.posts().get(1);
        assertThat(delete.url()).isEqualTo(Fixtures.SITE + DELETE);
        assertThat(delete.fields()).containsExactly(Map.entry("formhash", "a1b2c3d4"), Map.entry("articlesubmit", "yes"),
                Map.entry("delete[]", "31"), Map.entry("delete[]", "30"));
        assertThat(result.outcomes()).containsExactly(new DecisionOutcome(31, Decision.DELETE, Fate.APPLIED),
                new DecisionOutcome(30, Decision.DELETE, Fate.APPLIED));
        assertThat(result.siteMessage()).isEqualTo("删除评论成功");
    }

    @Test
    void aCommentStillFoundAfterDeletingWasNotDeleted() throws Exception {
        site.fixture(SEARCH, "admin/search-form.html").fixture(SEARCH, "admin/search-results.html")
                .fixture(DELETE, "admin/search-deleted.html");
        DiscuzAdmin admin = admin();
        admin.searchComments(WEEK, 1);
        BatchResult result = admin.deleteComments(List.of(12L), WEEK);
        assertThat(result.outcomes()).containsExactly(new DecisionOutcome(12, Decision.DELETE, Fate.NOT_APPLIED));
    }
}
