package dev.fenghuang.site.admin;

import dev.fenghuang.site.DiscuzAdmin;
import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.DecisionOutcome.Fate;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.SiteRefused;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModerationQueueTest {
    private static final String QUEUE_POST = "admin.php?action=moderate&operation=articlecomments";
    private static final String LIST = AdminLoginTest.QUEUE_GET + "&catid=&tpp=20";
    private static final String CHECK = AdminLoginTest.QUEUE_GET + "&catid=&tpp=100";
    private static final String CHECK_IGNORED =
            "articlecomments&page=1&filter=ignore&dateline=all&username=&keyword=&catid=&tpp=100";
    private static final QueueFilter PENDING = QueueFilter.pending();

    private final FakeConnection site = new FakeConnection();

    private DiscuzAdmin admin() {
        return AdminLoginTest.admin(site);
    }

    private static Map<Long, Decision> decisions(Object... cidAndDecision) {
        Map<Long, Decision> out = new LinkedHashMap<>();
        for (int i = 0; i < cidAndDecision.length; i += 2) {
            out.put(((Number) cidAndDecision[i]).longValue(), (Decision) cidAndDecision[i + 1]);
        }
        return out;
    }

    @Test
    void listsThePendingTabOfEverythingWithCensorWordsMarked() throws Exception {
        site.fixture(LIST, "admin/queue.html");
        QueuePage page = admin().queue(PENDING, 1);
        assertThat(page.entries()).extracting(QueueEntry::cid).containsExactly(31L, 30L, 29L);
        assertThat(site.requests().get(0).url()).isEqualTo(Fixtures.SITE + "admin.php?action=moderate"
                + "&operation=articlecomments&page=1&filter=normal&dateline=all&username=&keyword=&catid=&tpp=20"
                + "&showcensor=yes");
    }

    @Test
    void aPagePastTheEndIsEmptyAndSaysWhereTheEndIs() throws Exception {
        site.fixture("articlecomments&page=4&filter=normal", "admin/queue-page2.html");
        assertThat(admin().queue(PENDING, 4)).isEqualTo(new QueuePage(4, 3, 45, List.of()));
    }

    @Test
    void encodesTheKeywordInTheCharsetOfAGbkSite() throws Exception {
        String gbkKeyword = AdminLoginTest.QUEUE_GET + "%C9%F3%BA%CB%B2%E2%CA%D4";
        FakeConnection gbk = new FakeConnection(Charset.forName("GBK"))
                .fixture("admin.php?action=index", "admin/home.html").fixture(gbkKeyword, "admin/queue.html")
                .fixture(QUEUE_POST, "admin/moderated-one.html");
        DiscuzAdmin admin = AdminLoginTest.admin(gbk);
        QueueFilter filter = PENDING.withKeyword("审核测试");
        admin.queue(filter, 1);
        assertThat(gbk.requests()).extracting(FakeConnection.Request::url).anyMatch(u -> u.contains(gbkKeyword));
        admin.decide(decisions(31, Decision.APPROVE), filter);
        assertThat(gbk.lastPost().charset()).isEqualTo(Charset.forName("GBK"));
        assertThat(gbk.lastPost().field("keyword")).isEqualTo("审核测试");
    }

    @Test
    void sendsABatchInOnePostWithTheFieldsOfTheRealForm() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/moderated-one.html")
                .fixture(CHECK, "admin/queue-only-29.html");
        DiscuzAdmin admin = admin();
        admin.queue(PENDING, 1);
        admin.decide(decisions(31, Decision.APPROVE, 30, Decision.DELETE), PENDING);
        assertThat(site.posts()).hasSize(1);
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE + QUEUE_POST);
        assertThat(post.fields()).containsExactly(Map.entry("formhash", "a1b2c3d4"), Map.entry("scrolltop", ""),
                Map.entry("anchor", ""), Map.entry("username", ""), Map.entry("catid", ""), Map.entry("keyword", ""),
                Map.entry("tpp", "20"), Map.entry("showcensor", "yes"), Map.entry("filter", "normal"),
                Map.entry("dateline", "all"), Map.entry("moderate[31]", "validate"),
                Map.entry("moderate[30]", "delete"), Map.entry("modsubmit", "提交"));
    }

    @Test
    void readsTheAdminFormHashFirstWhenNoAdminPageWasRead() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/moderated-one.html")
                .fixture(CHECK, "admin/queue-after-approve.html");
        admin().decide(decisions(31, Decision.APPROVE), PENDING);
        assertThat(site.requests()).extracting(FakeConnection.Request::method).startsWith("GET", "POST");
        assertThat(site.lastPost().field("formhash")).isEqualTo("a1b2c3d4");
    }

    @Test
    void countsByReadingTheQueueAgainNotByTheSitesWrongCounts() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/moderated-one.html")
                .fixture(CHECK, "admin/queue-only-29.html");
        BatchResult result = admin().decide(decisions(30, Decision.DELETE, 31, Decision.DELETE), PENDING);
        assertThat(result.outcomes()).containsExactly(new DecisionOutcome(30, Decision.DELETE, Fate.APPLIED),
                new DecisionOutcome(31, Decision.DELETE, Fate.APPLIED));
        assertThat(result.siteMessage()).isEqualTo("审核操作成功，共 1 个评论被通过，0 个评论被忽略，0 个评论被删除");
        assertThat(site.requests().get(site.requests().size() - 1).url()).contains("&tpp=100&showcensor=0");
    }

    @Test
    void aCommentStillListedAfterASuccessMessageWasNotApplied() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/moderated-one.html")
                .fixture(CHECK, "admin/queue-after-approve.html");
        BatchResult result = admin().decide(decisions(31, Decision.APPROVE, 30, Decision.APPROVE), PENDING);
        assertThat(result.of(31).orElseThrow().fate()).isEqualTo(Fate.APPLIED);
        assertThat(result.of(30).orElseThrow().fate()).isEqualTo(Fate.NOT_APPLIED);
        assertThat(result.allApplied()).isFalse();
    }

    @Test
    void anIgnoredCommentIsConfirmedUnderTheIgnoredTab() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/moderated-none.html")
                .fixture(CHECK, "admin/queue-after-approve.html").fixture(CHECK_IGNORED, "admin/queue-ignore.html");
        BatchResult result = admin().decide(decisions(31, Decision.IGNORE), PENDING);
        assertThat(result.outcomes()).containsExactly(new DecisionOutcome(31, Decision.IGNORE, Fate.APPLIED));
        assertThat(result.siteMessage()).contains("共 0 个评论被通过");
    }

    @Test
    void anIgnoredCommentMissingFromBothTabsIsUnknown() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/moderated-none.html")
                .fixture(CHECK, "admin/queue-after-approve.html")
                .fixture(CHECK_IGNORED, "admin/queue-ignore-empty.html");
        BatchResult result = admin().decide(decisions(31, Decision.IGNORE), PENDING);
        assertThat(result.outcomes()).containsExactly(new DecisionOutcome(31, Decision.IGNORE, Fate.UNKNOWN));
    }

    @Test
    void aLapseMidTriageIsReportedAndTheSameDecisionsGoThroughAfterReauthentication() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(LIST, "admin/reauth.html")
                .redirect(QUEUE_POST, 302, "admin.php?action=moderate&operation=articlecomments")
                .fixture(QUEUE_POST, "admin/moderated-one.html").fixture(CHECK, "admin/queue-only-29.html");
        DiscuzAdmin admin = admin();
        admin.queue(PENDING, 1);
        assertThatThrownBy(() -> admin.queue(PENDING, 1)).isInstanceOf(AdminSessionExpired.class);
        Map<Long, Decision> marked = decisions(31, Decision.APPROVE, 30, Decision.DELETE);
        assertThat(admin.reauthenticate("admin123".toCharArray(), 0, "").accepted()).isTrue();
        assertThat(admin.decide(marked, PENDING).allApplied()).isTrue();
    }

    @Test
    void aDecisionPostAnsweredWithThePasswordFormThrowsAndIsNotConfirmed() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/reauth.html");
        DiscuzAdmin admin = admin();
        admin.queue(PENDING, 1);
        assertThatThrownBy(() -> admin.decide(decisions(31, Decision.APPROVE), PENDING))
                .isInstanceOf(AdminSessionExpired.class);
        assertThat(site.requests()).hasSize(2);
    }

    @Test
    void aStaleFormHashIsReadAgainAndTheBatchSentOnceMore() throws Exception {
        site.fixture(LIST, "admin/queue.html").answer(QUEUE_POST, 503, Fixtures.text("system-error.html"))
                .fixture(QUEUE_POST, "admin/moderated-one.html").fixture(CHECK, "admin/queue-after-approve.html");
        DiscuzAdmin admin = admin();
        admin.queue(PENDING, 1);
        assertThat(admin.decide(decisions(31, Decision.APPROVE), PENDING).allApplied()).isTrue();
        assertThat(site.posts()).hasSize(2);
        assertThat(site.requests()).extracting(FakeConnection.Request::method)
                .containsExactly("GET", "POST", "GET", "POST", "GET");
    }

    @Test
    void anErrorAnswerToABatchIsKeptAndTheQueueStillRead() throws Exception {
        site.fixture(LIST, "admin/queue.html").fixture(QUEUE_POST, "admin/noaccess-action.html")
                .fixture(CHECK, "admin/queue.html");
        BatchResult result = admin().decide(decisions(31, Decision.DELETE), PENDING);
        assertThat(result.siteMessage()).isEqualTo("抱歉，您无权使用此功能");
        assertThat(result.outcomes()).containsExactly(new DecisionOutcome(31, Decision.DELETE, Fate.NOT_APPLIED));
    }

    @Test
    void anErrorMessageFromThePanelIsRefusedInItsWords() throws Exception {
        site.fixture(LIST, "admin/noaccess-action.html");
        assertThatThrownBy(() -> admin().queue(PENDING, 1)).isInstanceOf(SiteRefused.class)
                .hasMessage("抱歉，您无权使用此功能");
    }

    @Test
    void aFastDecisionIsOneGetWithoutFormHashThenConfirmed() throws Exception {
        site.fixture("fast=1&cid=31", "admin/fast-done.html").fixture(CHECK, "admin/queue-after-approve.html");
        BatchResult result = admin().decideNow(31, Decision.APPROVE, PENDING);
        assertThat(site.requests().get(0).url()).isEqualTo(Fixtures.SITE + "admin.php?action=moderate"
                + "&operation=articlecomments&fast=1&cid=31&moderate%5B31%5D=validate&page=1&frame=no");
        assertThat(site.posts()).isEmpty();
        assertThat(result.outcomes()).containsExactly(new DecisionOutcome(31, Decision.APPROVE, Fate.APPLIED));
    }

    @Test
    void readsTheWaitingCountFromTheAdminHomeBox() throws Exception {
        site.fixture("admin.php?action=index", "admin/home.html");
        assertThat(admin().waitingComments()).isEqualTo(3);
    }

    @Test
    void noBoxOnTheAdminHomeMeansNothingWaits() throws Exception {
        site.fixture("admin.php?action=index", "admin/home-nothing.html");
        assertThat(admin().waitingComments()).isZero();
    }

    @Test
    void aWaitingCountPastTheLargestIntIsTheLargestInt() throws Exception {
        // Without the em, the count came from the box's text through Integer.parseInt: NumberFormatException.
        String home = Fixtures.text("admin/home.html").replace("(<em class=\"lightnum\">3</em>)", "(99999999999)");
        site.answer("admin.php?action=index", home);
        assertThat(admin().waitingComments()).isEqualTo(Integer.MAX_VALUE);
    }
}
