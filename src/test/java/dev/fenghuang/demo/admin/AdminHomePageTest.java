package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.AdminBrowser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.seed.ModerationTraffic;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminHomePageTest {
    @Test
    void theHomeCountsWaitingCommentsInItsBoxWhileTheHeaderSaysZero() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String html = AdminBrowser.signedIn(portal).get("admin.php?action=index").text();
            assertThat(html).contains("待处理事项: <span id=\"mod_num\">0</span>")
                    .contains("<h3 class=\"left margintop\">待处理事项: </h3><p class=\"left difflink\"><a href=\"admin.php?"
                            + "action=moderate&operation=articlecomments&dateline=all\">等待审核的文章评论数</a>"
                            + "(<em class=\"lightnum\">" + ModerationTraffic.WAITING + "</em>)</p>");
        }
    }

    @Test
    void theBoxIsGoneWhenNothingWaits() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build())) {
            String html = AdminBrowser.signedIn(portal).get("admin.php").text();
            assertThat(html).contains("<span id=\"mod_num\">0</span>").doesNotContain("等待审核的文章评论数");
        }
    }

    @Test
    void anUnknownActionIsRefusedInTheAdminMessageBox() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build())) {
            assertThat(AdminBrowser.signedIn(portal).get("admin.php?action=members").text())
                    .contains("<h4 class=\"infotitle3\">抱歉，您无权使用此功能</h4>");
        }
    }
}
