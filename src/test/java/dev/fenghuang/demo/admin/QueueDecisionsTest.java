package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.AdminBrowser;
import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static dev.fenghuang.demo.admin.QueueListPageTest.QUEUE;
import static dev.fenghuang.demo.admin.QueueListPageTest.cids;
import static dev.fenghuang.demo.admin.QueueListPageTest.comment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QueueDecisionsTest {
    private static final String FORWARD = QUEUE + "&page=1&filter=normal&dateline=all&username=&keyword=&catid="
            + "&tpp=20&showcensor=0";

    private static DemoPortal quiet() {
        return DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build());
    }

    /** Posts the decisions the way the queue form does, with the filters of the list. */
    private static Fetch.Page decide(Browser admin, String... cidAndDecision) {
        List<String> pairs = new ArrayList<>(List.of("formhash", AdminBrowser.formhash(admin.get(QUEUE).text()),
                "scrolltop", "", "anchor", "", "username", "", "catid", "", "keyword", "", "tpp", "20", "filter",
                "normal", "dateline", "all"));
        for (int i = 0; i < cidAndDecision.length; i += 2) {
            pairs.add("moderate[" + cidAndDecision[i] + "]");
            pairs.add(cidAndDecision[i + 1]);
        }
        pairs.add("modsubmit");
        pairs.add("提交");
        return admin.post(QUEUE, pairs.toArray(String[]::new));
    }

    private static String waiting(Browser admin) {
        return String.valueOf(cids(admin.get(QUEUE + "&dateline=all").text()).get(0));
    }

    private static String article(DemoPortal portal) {
        return new Browser(portal).get("portal.php?mod=view&aid=8").text();
    }

    @Test
    void validatingShowsTheCommentToEveryoneAndReportsOneValidated() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "审核测试 通过我");
            assertThat(article(portal)).contains("提示：本页有 1 个评论因未通过审核而被隐藏");
            Fetch.Page answer = decide(admin, waiting(admin), "validate");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).contains("<div class=\"infobox\"><h3>Discuz! 提示</h3><h4 class=\"infotitle2\">"
                    + "审核操作成功，共 1 个评论被通过，0 个评论被忽略，0 个评论被删除</h4><p class=\"marginbot\"><a href=\""
                    + FORWARD + "\" class=\"lightlink\">如果您的浏览器没有自动跳转，请点击这里</a></p>"
                    + "<script type=\"text/JavaScript\">setTimeout(\"redirect('" + FORWARD + "');\", 3000);"
                    + "</script></div>");
            assertThat(article(portal)).contains("<dd>审核测试 通过我</dd>").doesNotContain("未通过审核而被隐藏");
            assertThat(cids(admin.get(QUEUE + "&dateline=all").text())).isEmpty();
        }
    }

    @Test
    void deletingRemovesTheCommentButNotItsCountAndIsReportedAsValidated() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "审核测试 删掉我");
            assertThat(decide(admin, waiting(admin), "delete").text())
                    .contains("审核操作成功，共 1 个评论被通过，0 个评论被忽略，0 个评论被删除");
            String html = article(portal);
            assertThat(html).doesNotContain("删掉我").doesNotContain("未通过审核而被隐藏")
                    .contains("<em id=\"_commentnum\">1</em>");
            assertThat(cids(admin.get(QUEUE + "&dateline=all").text())).isEmpty();
        }
    }

    @Test
    void aMixedBatchCountsValidatesAndDeletesAsValidatedAndNeverTheIgnores() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            for (int i = 0; i < 4; i++) {
                comment(admin, 8, "审核测试 第" + i + "条");
            }
            List<Integer> cids = cids(admin.get(QUEUE + "&dateline=all").text());
            Fetch.Page answer = decide(admin, cids.get(0) + "", "validate", cids.get(1) + "", "validate",
                    cids.get(2) + "", "delete", cids.get(3) + "", "ignore");
            assertThat(answer.text()).contains("审核操作成功，共 3 个评论被通过，0 个评论被忽略，0 个评论被删除");
            assertThat(cids(admin.get(QUEUE + "&dateline=all").text())).isEmpty();
            assertThat(cids(admin.get(QUEUE + "&dateline=all&filter=ignore").text())).containsExactly(cids.get(3));
        }
    }

    @Test
    void ignoringOnlyMarksTheQueueEntryAndTheCommentStaysPendingAndHidden() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            comment(reader, 8, "审核测试 忽略我");
            String cid = waiting(admin);
            assertThat(decide(admin, cid, "ignore").text())
                    .contains("<h4 class=\"infotitle2\">审核操作成功，共 0 个评论被通过，0 个评论被忽略，0 个评论被删除</h4>");
            assertThat(article(portal)).contains("提示：本页有 1 个评论因未通过审核而被隐藏").doesNotContain("忽略我");
            assertThat(reader.get("portal.php?mod=view&aid=8").text()).contains("<b>(待审核)</b>").contains("忽略我");
            assertThat(cids(admin.get(QUEUE + "&dateline=all").text())).isEmpty();
            assertThat(cids(admin.get(QUEUE + "&dateline=all&filter=ignore").text()))
                    .containsExactly(Integer.parseInt(cid));
            assertThat(admin.get("admin.php?action=index").text()).doesNotContain("等待审核的文章评论数");
        }
    }

    @Test
    void aFastDecisionAnswersAScriptThatRemovesTheRow() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "审核测试 快速");
            String cid = waiting(admin);
            Fetch.Page answer = admin.get("admin.php" + QueueRows.fastUrl(Integer.parseInt(cid), "validate", 1));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).contains("parent.mod_remove_row('" + cid + "');")
                    .doesNotContain(AdminChrome.FRAME_RELOAD);
            assertThat(article(portal)).contains("<dd>审核测试 快速</dd>");
            assertThat(cids(admin.get(QUEUE + "&dateline=all").text())).isEmpty();
        }
    }

    /** As X3.5's panel does: it acts on every cid it is sent, queued or not; the client has to check first. */
    @Test
    void aDecisionAboutAPublishedCommentDeletesItThoughTheQueueNeverHeldIt() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "公开的评论 不在队列里");
            Matcher m = Pattern.compile("id=\"comment_(\\d+)_li\"")
                    .matcher(article(portal));
            assertThat(m.find()).isTrue();
            assertThat(cids(admin.get(QUEUE + "&dateline=all").text())).isEmpty();
            assertThat(decide(admin, m.group(1), "delete").text()).contains("审核操作成功");
            assertThat(article(portal)).doesNotContain("公开的评论 不在队列里");
        }
    }

    @Test
    void aDecisionWithoutFormhashIsRefusedAndChangesNothing() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "审核测试 留下");
            String cid = waiting(admin);
            String html = admin.post(QUEUE, "moderate[" + cid + "]", "delete", "modsubmit", "提交").text();
            assertThat(html).contains("<h4 class=\"infotitle3\">抱歉，您的请求来路不正确或表单验证串不符，无法提交</h4>");
            assertThat(cids(admin.get(QUEUE + "&dateline=all").text())).hasSize(1);
        }
    }

    @Test
    void aSearchPostWithoutModsubmitOnlyLists() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "审核测试 列表");
            String cid = waiting(admin);
            String html = admin.post(QUEUE, "formhash", AdminBrowser.formhash(admin.get(QUEUE).text()), "dateline",
                    "all", "moderate[" + cid + "]", "delete").text();
            assertThat(cids(html)).containsExactly(Integer.parseInt(cid));
        }
    }

    @Test
    void onAGbkSiteTheFiltersAreReadInGbkAndTheAnswerIsInGbk() {
        Charset gbk = Charset.forName("GBK");
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().moderationTraffic(false).build())) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "审核测试 国标");
            comment(admin, 8, "审核测试 别的");
            Fetch.Page list = admin.post(QUEUE, "formhash", AdminBrowser.formhash(admin.get(QUEUE).text(gbk)),
                    "dateline", "all", "keyword", "国标");
            assertThat(list.header("content-type")).isEqualTo("text/html; charset=gbk");
            List<Integer> cids = cids(list.text(gbk));
            assertThat(cids).hasSize(1);
            assertThat(list.text(gbk)).contains(">审核测试 国标</div>").contains("value=\"国标\"");
            Fetch.Page answer = decide(admin, cids.get(0) + "", "validate");
            assertThat(answer.text(gbk)).contains("审核操作成功，共 1 个评论被通过，0 个评论被忽略，0 个评论被删除");
            assertThat(new Browser(portal).get("portal.php?mod=view&aid=8").text(gbk)).contains("<dd>审核测试 国标</dd>");
        }
    }
}
