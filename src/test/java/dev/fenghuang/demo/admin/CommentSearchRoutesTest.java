package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.AdminBrowser;
import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.seed.SampleArticle;
import static dev.fenghuang.demo.admin.QueueListPageTest.comment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommentSearchRoutesTest {
    private static final String SEARCH = "admin.php?action=comment&operation=article";

    private static DemoPortal quiet() {
        return DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build());
    }

    private static List<Integer> cids(String html) {
        return Pattern.compile("name=\"delete\\[\\]\" value=\"(\\d+)\"").matcher(html).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static String search(Browser admin, String... criteria) {
        String[] pairs = new String[criteria.length + 4];
        pairs[0] = "formhash";
        pairs[1] = AdminBrowser.formhash(admin.get(SEARCH).text(admin.charset()));
        pairs[2] = "searchsubmit";
        pairs[3] = "提交";
        System.arraycopy(criteria, 0, pairs, 4, criteria.length);
        return admin.post(SEARCH, pairs).text(admin.charset());
    }

    @Test
    void theFormDefaultsToTheLastSevenDaysAndShowsNoResultsBeforeASearch() {
        try (DemoPortal portal = quiet()) {
            String html = AdminBrowser.signedIn(portal).get(SEARCH).text();
            assertThat(html).contains("<h3>留言管理</h3>").contains("<li class=\"current\"><a href=\"" + SEARCH
                    + "\"><span>文章评论</span></a></li>")
                    .contains("id=\"articleforum\"").contains("name=\"subject\"").contains("name=\"aid\"")
                    .contains("name=\"message\"").contains("name=\"author\"").contains("name=\"authorid\"")
                    .contains("name=\"perpage\"").contains("name=\"searchsubmit\" value=\"提交\"")
                    .containsPattern("name=\"starttime\" value=\"\\d{4}-\\d{1,2}-\\d{1,2}\"")
                    .doesNotContain("符合条件的评论数").doesNotContain("没有与条件匹配的评论");
        }
    }

    @Test
    void aSearchListsMatchingCommentsNewestFirstWithTheirCount() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "渠县的路 第一");
            comment(admin, 8, "渠县的路 第二");
            comment(admin, 1, "别的话题");
            String html = search(admin, "message", "渠县的路");
            assertThat(html).contains("<th colspan=\"15\" class=\"partition\">符合条件的评论数 2 <a ");
            List<Integer> cids = cids(html);
            assertThat(cids).hasSize(2);
            assertThat(cids.get(0)).isGreaterThan(cids.get(1));
            assertThat(html).contains("<a href=\"portal.php?mod=view&aid=8\" target=\"_blank\">")
                    .contains("<td>渠县的路 第二</td><td><a href=\"home.php?mod=space&uid=1\" target=\"_blank\">admin</a>")
                    .contains("<form name=\"cpform\" method=\"post\" autocomplete=\"off\" action=\"admin.php?action="
                            + "comment&amp;operation=article&amp;frame=no\" id=\"cpform\" target=\"articleframe\">")
                    .contains("name=\"articlesubmit\" value=\"删除\"").contains("删?");
            assertThat(cids(search(admin, "aid", "1"))).hasSize(1);
            assertThat(cids(search(admin, "author", "reader1,admin", "subject", SampleArticle.TITLE))).hasSize(1);
        }
    }

    @Test
    void nothingFoundSaysSo() {
        try (DemoPortal portal = quiet()) {
            String html = search(AdminBrowser.signedIn(portal), "message", "不存在的词");
            assertThat(html).contains("没有与条件匹配的评论").doesNotContain("符合条件的评论数");
        }
    }

    @Test
    void oldCommentsAreOutsideTheDefaultRangeAndFoundWithAnOpenOne() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            assertThat(search(admin, "aid", "3")).contains("没有与条件匹配的评论");
            assertThat(search(admin, "aid", "3", "starttime", "2016-1-1", "endtime", "", "perpage", "100"))
                    .contains("符合条件的评论数 125 ");
        }
    }

    @Test
    void deletingLowersEachArticlesCounterOnceHoweverManyWent() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            for (int i = 0; i < 3; i++) {
                comment(admin, 8, "要删的评论 " + i);
            }
            List<Integer> cids = cids(search(admin, "message", "要删的评论"));
            Fetch.Page answer = admin.post(SEARCH + "&frame=no", "formhash",
                    AdminBrowser.formhash(admin.get(SEARCH).text()), "articlesubmit", "yes",
                    "delete[]", cids.get(0) + "", "delete[]", cids.get(1) + "", "delete[]", cids.get(2) + "");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).contains("alert('删除评论成功');");
            String article = new Browser(portal).get("portal.php?mod=view&aid=8").text();
            assertThat(article).doesNotContain("要删的评论").contains("<em id=\"_commentnum\">2</em>");
            assertThat(search(admin, "message", "要删的评论")).contains("没有与条件匹配的评论");
        }
    }

    @Test
    void theSuperModeratorMayNotSearch() {
        try (DemoPortal portal = quiet()) {
            assertThat(Browser.loggedIn(portal, "moderator1", "mod12345").get(SEARCH).text())
                    .contains("<b>管理中心(或此项操作)尚未对您开放</b>").doesNotContain("articleforum");
        }
    }

    @Test
    void aGbkSiteReadsTheCriteriaInGbkAndAnswersInGbk() {
        Charset gbk = Charset.forName("GBK");
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().moderationTraffic(false).build())) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 8, "国标编码的评论");
            Fetch.Page page = admin.get(SEARCH + "&searchsubmit=yes&message=" + Browser.encode("国标编码", gbk));
            assertThat(page.header("content-type")).isEqualTo("text/html; charset=gbk");
            assertThat(page.text(gbk)).contains("<meta charset=\"gbk\" />").contains("<td>国标编码的评论</td>");
        }
    }
}
