package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.AdminBrowser;
import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.seed.ModerationTraffic;
import dev.fenghuang.demo.seed.SampleArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QueueListPageTest {
    static final String QUEUE = "admin.php?action=moderate&operation=articlecomments";

    /** Posts a comment as the browser's member; 审核测试 in the text holds it for moderation. */
    static void comment(Browser browser, int aid, String message) {
        Fetch.Page page = browser.post("portal.php?mod=portalcp&ac=comment&inajax=1", "message", message, "aid",
                String.valueOf(aid), "formhash", browser.formhash(), "commentsubmit", "true");
        if (!page.text(browser.charset()).contains("操作成功")) {
            throw new IllegalStateException("comment refused: " + page.text(browser.charset()));
        }
    }

    static List<Integer> cids(String html) {
        return Pattern.compile("<tr id=\"mod_(\\d+)_row1\"").matcher(html).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }

    private static DemoPortal quiet() {
        return DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build());
    }

    @Test
    void aHeldCommentIsOneTbodyWithTheThreeRowsOfX35() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 1, "审核测试 第一条");
            String html = admin.get(QUEUE + "&dateline=all").text();
            int cid = cids(html).get(0);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<body>\n" + AdminChrome.FRAME_RELOAD)
                    .contains("<tbody class=\"hover\">\n<tr id=\"mod_" + cid + "_row1\" class=\"hover\">\n<td id=\"mod_"
                            + cid + "_row1_op\" rowspan=\"3\" class=\"rowform threadopt\" style=\"width:80px;\">")
                    .contains("<input class=\"radio\" type=\"radio\" name=\"moderate[" + cid + "]\" id=\"mod_" + cid
                            + "_1\" value=\"validate\" onclick=\"mod_setbg(" + cid + ", 'validate');\">"
                            + "<label for=\"mod_" + cid + "_1\">通过</label>")
                    .contains("value=\"delete\"").contains(">删除</label>").contains("value=\"ignore\"")
                    .contains(">忽略</label>")
                    .contains("<a href=\"javascript:;\" onclick=\"display_toggle(" + cid + ");\">" + SampleArticle.TITLE
                            + " </a>")
                    .containsPattern("<p><a href=\"admin.php\\?action=members&operation=search&uid=1&submit=yes\" "
                            + "target=\"_blank\">admin</a></p> <p>\\d{4}-\\d{1,2}-\\d{1,2} \\d{2}:\\d{2}</p>")
                    .containsPattern("<a href=\"portal.php\\?mod=view&aid=1&modarticlekey=\\w+#comment_anchor_" + cid
                            + "\" target=\"_blank\">查看</a>&nbsp;<a href=\"portal.php\\?mod=portalcp&ac=comment&op=edit"
                            + "&cid=" + cid + "&modarticlecommentkey=\\w+\" target=\"_blank\">编辑</a>")
                    .contains("<tr id=\"mod_" + cid + "_row2\">").contains(">审核测试 第一条</div>")
                    .contains("<tr id=\"mod_" + cid + "_row3\">")
                    .contains("<a href=\"?action=moderate&operation=articlecomments&fast=1&cid=" + cid + "&moderate["
                            + cid + "]=delete&page=1&frame=no\" target=\"fasthandle\">删除</a>");
        }
    }

    @Test
    void theFormCarriesTheAdminFormhashTheSearchBoxAndTheSubmitButton() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            String html = admin.get(QUEUE).text();
            assertThat(html).contains("<form name=\"cpform\" method=\"post\" autocomplete=\"off\" action=\"admin.php?"
                    + "action=moderate&amp;operation=articlecomments\" id=\"cpform\">")
                    .contains("name=\"scrolltop\"").contains("name=\"anchor\"").contains("name=\"username\"")
                    .contains("<select name=\"catid\">").contains("name=\"keyword\"").contains("<select name=\"tpp\">")
                    .contains("name=\"showcensor\"").contains("<select name=\"filter\">")
                    .contains("<select name=\"dateline\"><option value=\"604800\" selected=\"selected\">一周</option>")
                    .contains("<input type=\"submit\" class=\"btn\" value=\"搜索\" />")
                    .contains("name=\"modsubmit\" value=\"提交\"");
            assertThat(AdminBrowser.formhash(html)).isNotEqualTo(admin.formhash());
        }
    }

    @Test
    void anEmptyQueueHasNoRowsAndNoText() {
        try (DemoPortal portal = quiet()) {
            String html = AdminBrowser.signedIn(portal).get(QUEUE + "&dateline=all").text();
            assertThat(cids(html)).isEmpty();
            assertThat(html).doesNotContain("没有").contains("全部通过").contains("全部展开");
        }
    }

    @Test
    void newestEntryComesFirstAndVisibleCommentsAreNotListed() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 1, "审核测试 早");
            comment(admin, 1, "没有敏感词");
            comment(admin, 1, "待审词 晚");
            List<Integer> cids = cids(admin.get(QUEUE + "&dateline=all").text());
            assertThat(cids).hasSize(2);
            assertThat(cids.get(0)).isGreaterThan(cids.get(1));
        }
    }

    @Test
    void usernameFiltersOnTheArticlesPublisherNotTheCommenter() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 1, "审核测试 甲");
            assertThat(cids(admin.get(QUEUE + "&dateline=all&username=admin").text())).isEmpty();
            assertThat(cids(admin.post(QUEUE, "dateline", "all", "username", "归来", "formhash",
                    AdminBrowser.formhash(admin.get(QUEUE).text())).text())).hasSize(1);
        }
    }

    @Test
    void datelineFiltersOnTheArticlesPublishTimeNotTheComments() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 1, "审核测试 旧文新评");
            comment(admin, ModerationTraffic.FIRST_AID, "审核测试 新文新评");
            String week = admin.get(QUEUE + "&keyword=" + Browser.encode("新评", portal.options().charset())).text();
            assertThat(week).contains("新文新评").doesNotContain("旧文新评");
            String all = admin.get(QUEUE + "&dateline=all&keyword=" + Browser.encode("新评",
                    portal.options().charset())).text();
            assertThat(cids(all)).hasSize(2);
        }
    }

    @Test
    void keywordAndCategoryNarrowTheList() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 1, "审核测试 证件");
            comment(admin, 8, "审核测试 别的");
            String charsetKeyword = Browser.encode("证件", portal.options().charset());
            assertThat(cids(admin.get(QUEUE + "&dateline=all&keyword=" + charsetKeyword).text())).hasSize(1);
            assertThat(cids(admin.get(QUEUE + "&dateline=all&catid=2").text())).hasSize(1);
            assertThat(cids(admin.get(QUEUE + "&dateline=all&catid=5").text())).isEmpty();
        }
    }

    @Test
    void showcensorWrapsCensorWordsInRed() {
        try (DemoPortal portal = quiet()) {
            Browser admin = AdminBrowser.signedIn(portal);
            comment(admin, 1, "请看审核测试这里");
            assertThat(admin.get(QUEUE + "&dateline=all&showcensor=yes").text())
                    .contains(">请看<span style=\"color: red;\">审核测试</span>这里</div>");
            assertThat(admin.get(QUEUE + "&dateline=all").text()).contains(">请看审核测试这里</div>");
        }
    }

    @Test
    void hundredsOfEntriesArePagedWithTheAdminPager() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser admin = AdminBrowser.signedIn(portal);
            String first = admin.get(QUEUE + "&dateline=all").text();
            assertThat(cids(first)).hasSize(20);
            String base = QUEUE + "&filter=normal&dateline=all&username=&keyword=&catid=&tpp=20&showcensor=0";
            assertThat(first).contains("<div class=\"pg\"><em>&nbsp;" + ModerationTraffic.WAITING + "&nbsp;</em>"
                    + "<strong>1</strong><a href=\"" + base + "&amp;page=2\">2</a>")
                    .contains("<a href=\"" + base + "&amp;page=2\" class=\"nxt\">&rsaquo;&rsaquo;</a>");
            String last = admin.get(QUEUE + "&dateline=all&page=7").text();
            assertThat(cids(last)).hasSize(ModerationTraffic.WAITING - 120);
            assertThat(last).contains("class=\"prev\">&lsaquo;&lsaquo;</a>").doesNotContain("class=\"nxt\"");
            assertThat(cids(admin.get(QUEUE + "&dateline=all&tpp=100&page=2").text())).hasSize(30);
            assertThat(cids(admin.get(QUEUE + "&dateline=all&page=9").text())).isEmpty();
        }
    }
}
