package dev.fenghuang.demo.seed;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentGeneratorTest {
    private final PortalContent content = ContentGenerator.generate(DemoOptions.STANDARD_SEED);

    @Test
    void thereAreAtLeastSixtyArticlesInFiveCategoriesOverTwoLevels() {
        assertThat(content.articles()).hasSizeGreaterThanOrEqualTo(60);
        List<PortalCategory> used = content.categories().stream()
                .filter(c -> content.articles().stream().anyMatch(a -> a.catid() == c.catid())).toList();
        assertThat(used).hasSizeGreaterThanOrEqualTo(5);
        assertThat(used).anyMatch(PortalCategory::topLevel).anyMatch(c -> !c.topLevel());
    }

    @Test
    void sampleArticleIsAid1InQuxianUnderItsParent() {
        PortalArticle sample = content.article(1).orElseThrow();
        assertThat(sample.title()).isEqualTo("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
        PortalCategory category = content.category(sample.catid()).orElseThrow();
        assertThat(category.name()).isEqualTo("渠县");
        assertThat(content.category(category.parentId()).orElseThrow().name()).isEqualTo("党政风采");
        assertThat(sample.initialViews()).isEqualTo(1999);
        assertThat(content.commentCount(1)).isZero();
        assertThat(sample.reactions()).containsOnly(0);
    }

    @Test
    void someArticlesHaveSeveralPagesNoCommentsOrOverAHundredAndTwenty() {
        assertThat(content.articles()).anyMatch(a -> a.pageCount() >= 3 && !a.pages().get(0).title().isEmpty());
        assertThat(content.articles()).filteredOn(a -> a.aid() > 1 && content.commentCount(a.aid()) == 0).hasSizeGreaterThan(1);
        assertThat(content.articles()).anyMatch(a -> content.commentCount(a.aid()) >= 120);
        assertThat(content.articles()).filteredOn(a -> content.commentCount(a.aid()) >= 100).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void someArticlesHaveImagesLinksSourcesReactionsAndNoSummary() {
        List<PortalArticle> all = content.articles();
        assertThat(all).anyMatch(a -> a.pages().get(0).html().contains("<img src=\"data/attachment/portal/"));
        assertThat(all).anyMatch(a -> a.pages().get(0).html().contains("<a href=\"http"));
        assertThat(all).anyMatch(a -> !a.source().isEmpty() && !a.sourceUrl().isEmpty());
        assertThat(all).anyMatch(a -> !a.source().isEmpty() && a.sourceUrl().isEmpty());
        assertThat(all).anyMatch(a -> a.summary().isEmpty()).anyMatch(a -> a.summary().endsWith(" ..."));
        assertThat(all).anyMatch(a -> a.reactions().stream().anyMatch(n -> n > 0));
        assertThat(all).anyMatch(a -> !a.commentsAllowed());
        assertThat(all).anyMatch(a -> a.pages().get(0).html().contains("<br />"))
                .anyMatch(a -> a.pages().get(0).html().startsWith("<p>"));
    }

    @Test
    void theSameSeedGivesTheSameSiteAndAnotherSeedAnotherText() {
        PortalContent again = ContentGenerator.generate(DemoOptions.STANDARD_SEED);
        PortalContent other = ContentGenerator.generate(42);
        assertThat(again.articles()).isEqualTo(content.articles());
        assertThat(other.articles().stream().map(PortalArticle::title).toList())
                .isNotEqualTo(content.articles().stream().map(PortalArticle::title).toList());
        assertThat(other.commentCount(3)).isEqualTo(content.commentCount(3));
    }

    @Test
    void listsAreNewestFirst() {
        List<PortalArticle> listed = content.listed(1);
        for (int i = 1; i < listed.size(); i++) {
            assertThat(listed.get(i).dateline()).isLessThanOrEqualTo(listed.get(i - 1).dateline());
        }
    }
}
