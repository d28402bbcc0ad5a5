package dev.fenghuang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RouterTest {
    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static void assertMessage(String target, int status, String cssClass, String text) {
        Fetch.Page page = Fetch.get(portal, target);
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.text()).contains("<div id=\"messagetext\" class=\"" + cssClass + "\">\n<p>" + text);
        assertThat(page.text()).contains("<title>提示信息 -  凤凰山下 -  Powered by Discuz!</title>");
    }

    @Test
    void missingArticleIsA404Error() {
        assertMessage("portal.php?mod=view&aid=999", 404, "alert_error", "抱歉，您指定要查看的文章不存在或正在审核</p>");
    }

    @Test
    void viewWithoutAidIsA404Error() {
        assertMessage("portal.php?mod=view", 404, "alert_error", "抱歉，您尚未正确指定要查看的文章 ID</p>");
    }

    @Test
    void unknownCategoryIsAnInfoWithAForwardToTheSiteRoot() {
        assertMessage("portal.php?mod=list&catid=99", 200, "alert_info", "抱歉，您指定要查看的分类不存在<script "
                + "type=\"text/javascript\" reload=\"1\">setTimeout(\"window.location.href ='" + portal.baseUrl()
                + "./';\", 2000);</script></p>");
    }

    @Test
    void missingAndClosedCategoriesHaveTheirOwnTexts() {
        assertMessage("portal.php?mod=list", 200, "alert_info", "抱歉，您尚未正确指定要查看的分类<script");
        assertMessage("portal.php?mod=list&catid=9", 200, "alert_info", "抱歉，您指定要查看的分类已关闭<script");
    }

    @Test
    void commentPageOfAMissingArticleIsA200Error() {
        assertMessage("portal.php?mod=comment&id=999&idtype=aid", 200, "alert_error", "抱歉，您指定要查看的文章不存在</p>");
    }

    @Test
    void commentPageOfAnArticleWithCommentsDisabledShowsTheBareKey() {
        assertMessage("portal.php?mod=comment&id=6&idtype=aid", 200, "alert_error", "aid_comment_is_forbidden</p>");
    }

    @Test
    void unknownPathIsAPlain404() {
        Fetch.Page page = Fetch.get(portal, "forum/nothing.html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).doesNotContain("messagetext").doesNotContain("cookiepre");
        assertThat(page.cookies()).isEmpty();
    }

    @Test
    void indexPhpAndPortalPhpServeTheIndex() {
        assertThat(Fetch.get(portal, "index.php").text()).contains("<div id=\"diy1\" class=\"area\">");
        assertThat(Fetch.get(portal, "portal.php").text()).contains("<title>门户 -  Powered by Discuz!</title>");
    }
}
