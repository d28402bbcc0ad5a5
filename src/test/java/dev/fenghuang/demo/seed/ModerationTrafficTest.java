package dev.fenghuang.demo.seed;

import dev.fenghuang.demo.AdminBrowser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.page.PrintedTime;
import dev.fenghuang.demo.store.Censor;
import dev.fenghuang.demo.store.HeldComments;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModerationTrafficTest {
    private static final long NOW = PrintedTime.unix(2026, 11, 29, 12, 0);

    private static PortalContent content(HeldComments queue) {
        PortalContent content = ContentGenerator.generate(DemoOptions.STANDARD_SEED,
                ModerationTraffic.articles(DemoOptions.STANDARD_SEED, NOW));
        ModerationTraffic.seed(content, queue, DemoOptions.STANDARD_SEED, NOW);
        return content;
    }

    @Test
    void oneHundredThirtyCommentsWaitAndSixAreIgnoredAllPending() {
        HeldComments queue = new HeldComments();
        PortalContent content = content(queue);
        assertThat(queue.newestFirst(false)).hasSize(ModerationTraffic.WAITING).hasSize(130);
        assertThat(queue.newestFirst(true)).hasSize(ModerationTraffic.IGNORED);
        assertThat(queue.newestFirst(false)).allSatisfy(e -> assertThat(content.comment(e.cid()).orElseThrow()
                .status()).isEqualTo(PortalComment.PENDING));
    }

    @Test
    void theyFallOnRecentAndOldArticlesButNeverOnTheFirstTwelve() {
        HeldComments queue = new HeldComments();
        PortalContent content = content(queue);
        List<PortalComment> held = queue.newestFirst(false).stream()
                .map(e -> content.comment(e.cid()).orElseThrow()).toList();
        assertThat(held).allMatch(c -> c.aid() >= ModerationTraffic.FIRST_OLD_AID);
        assertThat(held).anyMatch(c -> c.aid() >= ModerationTraffic.FIRST_AID).anyMatch(c -> c.aid() < 74);
        assertThat(content.commentCount(1)).isZero();
        assertThat(held.stream().map(PortalComment::author).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(held).anyMatch(c -> c.message().contains(Censor.MODERATED_TEST));
        assertThat(held).allMatch(c -> c.dateline() <= NOW);
    }

    @Test
    void theRecentArticlesAreOneThreeAndTwelveDaysOldInCultureAndTourism() {
        List<PortalArticle> recent = ModerationTraffic.articles(DemoOptions.STANDARD_SEED, NOW);
        assertThat(recent).extracting(PortalArticle::aid).containsExactly(74, 75, 76);
        assertThat(recent).allMatch(a -> a.catid() == ModerationTraffic.CATID && a.commentsAllowed());
        assertThat(recent.get(0).dateline()).isBetween(NOW - 2 * 86_400, NOW - 86_400);
        assertThat(recent.get(2).dateline()).isLessThan(NOW - 7 * 86_400);
    }

    @Test
    void theSameSeedGivesTheSameTraffic() {
        HeldComments a = new HeldComments();
        HeldComments b = new HeldComments();
        PortalContent first = content(a);
        PortalContent second = content(b);
        assertThat(a.newestFirst(false)).isEqualTo(b.newestFirst(false));
        assertThat(first.allComments()).isEqualTo(second.allComments());
    }

    @Test
    void aPortalWithoutTrafficHasNoRecentArticlesAndAnEmptyQueue() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build())) {
            assertThat(Fetch.get(portal, "portal.php?mod=view&aid=74").status()).isEqualTo(404);
            assertThat(AdminBrowser.signedIn(portal).get("admin.php?action=index").text())
                    .doesNotContain("等待审核的文章评论数");
        }
    }
}
