package dev.fenghuang.site.read;

import dev.fenghuang.site.Fixtures;
import dev.fenghuang.site.markup.DiscuzTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.Category;
import dev.fenghuang.model.UnexpectedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ArticleListParserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-12-06T04:00:00Z"), DiscuzTime.SITE_ZONE);
    private static final String SITE = Fixtures.SITE;

    private static ArticleList parent() throws UnexpectedPage {
        return ArticleListParser.parse(Fixtures.document("list-parent.html",
                SITE + "portal.php?mod=list&catid=1"), CLOCK);
    }

    private static ArticleList child() throws UnexpectedPage {
        return ArticleListParser.parse(Fixtures.document("list-child.html", SITE + "list-4-1.html"), CLOCK);
    }

    @Test
    void readsTheCategoryFromTheHeadingAndTheRssLink() throws Exception {
        assertThat(parent().category()).isEqualTo(new Category(1, "新闻中心"));
        assertThat(parent().breadcrumb()).containsExactly(new Category(1, "新闻中心"));
    }

    @Test
    void readsTheBreadcrumbOfASubCategoryWithTheCurrentOneLast() throws Exception {
        assertThat(child().breadcrumb()).containsExactly(new Category(1, "新闻中心"), new Category(4, "本地新闻"));
    }

    @Test
    void readsEachItemWithThumbnailLabelAndDate() throws Exception {
        ArticleSummary first = parent().articles().get(0);
        assertThat(first).isEqualTo(new ArticleSummary(7, SITE + "portal.php?mod=view&aid=7", "新闻 & 要闻汇编",
                LocalDateTime.of(2016, 12, 5, 10, 0), "会议在渠县召开，\"巾帼\"行动 ...",
                SITE + "data/attachment/portal/201612/05/abc.jpg.thumb.jpg", new Category(4, "本地新闻")));
    }

    @Test
    void labelsItemsFiledDirectlyInTheParentAndKeepsRemoteThumbnails() throws Exception {
        assertThat(parent().articles()).extracting(ArticleSummary::category)
                .containsExactly(new Category(4, "本地新闻"), new Category(1, "新闻中心"), new Category(5, "国内新闻"));
        assertThat(parent().articles().get(2).thumbnail()).isEqualTo("http://img.cdn.example/remote/5.jpg");
        assertThat(parent().articles().get(1).thumbnail()).isNull();
    }

    @Test
    void leavesTheStateMarkerOutOfAnItemTitle() throws Exception {
        assertThat(parent().articles().get(2).title()).isEqualTo("待审核的文章");
    }

    @Test
    void readsThePagerWithMixedAmpersands() throws Exception {
        assertThat(parent().page()).isEqualTo(1);
        assertThat(parent().pageCount()).isEqualTo(2);
    }

    @Test
    void readsChildrenAndRelatedCategories() throws Exception {
        assertThat(parent().children()).containsExactly(new Category(4, "本地新闻"), new Category(5, "国内新闻"));
        assertThat(parent().related()).containsExactly(new Category(1, "新闻中心"), new Category(2, "党政风采"),
                new Category(3, "便民服务"));
        assertThat(child().children()).isEmpty();
        assertThat(child().related()).containsExactly(new Category(4, "本地新闻"), new Category(5, "国内新闻"));
    }

    @Test
    void readsRewrittenArticleLinksUnlabelledItemsAndEscapedSummaries() throws Exception {
        ArticleList list = child();
        assertThat(list.articles()).extracting(ArticleSummary::aid).containsExactly(12L, 11L);
        assertThat(list.articles().get(0).url()).isEqualTo(SITE + "article-12-1.html");
        assertThat(list.articles().get(0).title()).endsWith("的样子啊 ...");
        assertThat(list.articles().get(0).summary()).isEqualTo("摘要里有 <b> 标记");
        assertThat(list.articles().get(0).category()).isNull();
        assertThat(list.articles().get(1).summary()).isEmpty();
        assertThat(list.articles().get(1).published()).isEqualTo(LocalDateTime.of(2016, 11, 5, 8, 5));
        assertThat(list.pageCount()).isEqualTo(1);
    }

    @Test
    void reportsTheClampedPagerOfAnEmptyPagePastTheEnd() throws Exception {
        ArticleList list = ArticleListParser.parse(Fixtures.document("list-clamped.html",
                SITE + "portal.php?mod=list&catid=1&page=9"), CLOCK);
        assertThat(list.articles()).isEmpty();
        assertThat(list.page()).isEqualTo(2);
        assertThat(list.pageCount()).isEqualTo(2);
    }

    @Test
    void failsOnAPageWithoutCategory() {
        assertThatThrownBy(() -> ArticleListParser.parse(Fixtures.document("not-discuz.html", SITE), CLOCK))
                .isInstanceOf(UnexpectedPage.class);
    }
}
