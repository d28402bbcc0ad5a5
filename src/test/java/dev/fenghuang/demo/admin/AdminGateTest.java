package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.AdminBrowser;
import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdminGateTest {
    private static final String FORM = "id=\"loginform\"";

    private static DemoPortal start() {
        return DemoPortal.start(DemoOptions.builder().moderationTraffic(false).build());
    }

    @Test
    void aGuestGetsTheLoginManagementPageWithALinkToTheFrontEndLogin() {
        try (DemoPortal portal = start()) {
            Fetch.Page page = new Browser(portal).get("admin.php");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("content-type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.text()).contains("<title>登录管理中心</title>")
                    .contains("<div class=\"container loginbox\"><h1>您尚未登录网站</h1><a href=\"member.php?mod=logging"
                            + "&action=login\" class=\"btn\">登录</a><p>站长需要强制登录时，修改 config/config_global.php "
                            + "可关闭此功能。</p></div>")
                    .doesNotContain("formhash").doesNotContain("id=\"hd\"");
        }
    }

    @Test
    void aReaderAndTheSuperModeratorAreRefusedWithTheNoAccessText() {
        try (DemoPortal portal = start()) {
            for (String[] account : new String[][] {{"reader1", "reader123"}, {"moderator1", "mod12345"}}) {
                Fetch.Page page = Browser.loggedIn(portal, account[0], account[1])
                        .get("admin.php?action=moderate&operation=articlecomments");
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.text()).contains("<title>登录管理中心</title>").contains("<div class=\"container loginbox\">"
                        + "<span><b>管理中心(或此项操作)尚未对您开放</b><br><br>您的此次操作已经记录，请勿非法尝试</span></div>")
                        .doesNotContain(FORM);
            }
        }
    }

    @Test
    void anAdminWithoutAnAdminSessionGetsTheReauthenticationFormPostingToTheRequestedUrl() {
        try (DemoPortal portal = start()) {
            Browser admin = Browser.loggedIn(portal, "admin", "admin123");
            String html = admin.get("admin.php?action=moderate&operation=articlecomments&sid=abc").text();
            assertThat(html).contains("<title>登录管理中心</title>")
                    .contains("<form method=\"post\" autocomplete=\"off\" name=\"login\" id=\"loginform\" "
                            + "action=\"admin.php?action=moderate&amp;operation=articlecomments\" class=\"loginbox\">")
                    .contains("<input type=\"hidden\" name=\"frames\" value=\"yes\">").contains("<h1>admin</h1>")
                    .contains("<input type=\"password\" name=\"admin_password\" placeholder=\"密码\"")
                    .contains("<select id=\"questionid\" name=\"admin_questionid\">\n"
                            + "<option value=\"0\">无安全提问</option>")
                    .contains("<option value=\"7\">驾驶执照最后四位数字</option>")
                    .contains("<input type=\"text\" name=\"admin_answer\" placeholder=\"回答\"")
                    .contains("<button type=\"submit\">提交</button>");
            assertThat(AdminBrowser.sid(html)).hasSize(6);
            assertThat(AdminBrowser.formhash(html)).isNotEqualTo(admin.formhash());
        }
    }

    @Test
    void theRightPasswordIsAnsweredWithAnEmpty302BackToTheUrlAndOpensThePanel() {
        try (DemoPortal portal = start()) {
            Browser admin = Browser.loggedIn(portal, "admin", "admin123");
            Fetch.Page answer = AdminBrowser.reauthenticate(admin, "admin.php?", "admin123");
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.header("location")).isEqualTo("admin.php?");
            assertThat(answer.bytes()).isEmpty();
            assertThat(answer.cookies()).noneMatch(c -> c.split("=", 2)[0].contains("admin"));
            assertThat(admin.get("admin.php?action=index").text()).contains("<span id=\"mod_num\">0</span>")
                    .doesNotContain(FORM);
        }
    }

    @Test
    void aPostWithoutTheGetBeforeItOnlyShowsTheForm() {
        try (DemoPortal portal = start()) {
            Browser admin = Browser.loggedIn(portal, "admin", "admin123");
            String html = admin.post("admin.php?", "admin_password", "admin123", "admin_questionid", "0").text();
            assertThat(html).contains(FORM);
            assertThat(admin.get("admin.php?action=index").text()).contains(FORM);
        }
    }

    @Test
    void aWrongPasswordGivesTheSameFormAgainWithoutAnyText() {
        try (DemoPortal portal = start()) {
            Browser admin = Browser.loggedIn(portal, "admin", "admin123");
            String first = admin.get("admin.php?").text();
            Fetch.Page wrong = AdminBrowser.reauthenticate(admin, "admin.php?", "nope");
            assertThat(wrong.status()).isEqualTo(200);
            assertThat(wrong.text()).isEqualTo(first);
        }
    }

    @Test
    void fourWrongPasswordsLockThePanelForHalfAnHourFromTheLastTry() {
        try (DemoPortal portal = start()) {
            portal.freezeClock();
            Browser admin = Browser.loggedIn(portal, "admin", "admin123");
            for (int i = 0; i < 4; i++) {
                assertThat(AdminBrowser.reauthenticate(admin, "admin.php?", "nope").text()).contains(FORM);
            }
            portal.advanceClock(Duration.ofSeconds(100));
            String locked = admin.get("admin.php?").text();
            assertThat(locked).contains("<span>您的管理面板已经锁定！<br>请在<b> 1700 </b>秒以后重新访问管理中心。</span>")
                    .doesNotContain(FORM);
            assertThat(admin.post("admin.php?", "admin_password", "admin123").text()).contains("已经锁定");
            portal.advanceClock(Duration.ofSeconds(1701));
            assertThat(AdminBrowser.reauthenticate(admin, "admin.php?", "admin123").status()).isEqualTo(302);
        }
    }

    @Test
    void theAdminSessionLapsesAfterThirtyMinutesWithoutAdminRequests() {
        try (DemoPortal portal = start()) {
            portal.freezeClock();
            Browser admin = AdminBrowser.signedIn(portal);
            portal.advanceClock(Duration.ofMinutes(29));
            assertThat(admin.get("admin.php?action=index").text()).doesNotContain(FORM);
            portal.advanceClock(Duration.ofMinutes(29));
            assertThat(admin.get("admin.php?action=index").text()).doesNotContain(FORM);
            portal.advanceClock(Duration.ofMinutes(31));
            assertThat(admin.get("admin.php?action=moderate&operation=articlecomments").text()).contains(FORM);
            assertThat(admin.get("portal.php").text()).contains("discuz_uid = '1'");
        }
    }

    @Test
    void logoutEndsOnlyTheAdminSession() {
        try (DemoPortal portal = start()) {
            Browser admin = AdminBrowser.signedIn(portal);
            Fetch.Page out = admin.get("admin.php?action=logout");
            assertThat(out.status()).isEqualTo(302);
            assertThat(out.header("location")).isEqualTo("./index.php");
            assertThat(admin.get("admin.php?action=index").text()).contains(FORM);
            assertThat(admin.get("portal.php").text()).contains("discuz_uid = '1'");
        }
    }

    @Test
    void expiringAdminSessionsAsksForThePasswordAgain() {
        try (DemoPortal portal = start()) {
            Browser admin = AdminBrowser.signedIn(portal);
            portal.expireAdminSessions();
            assertThat(admin.get("admin.php?action=index").text()).contains(FORM);
        }
    }

    @Test
    void theFrontEndFormhashOnAdminPhpIsASystemError() {
        try (DemoPortal portal = start()) {
            Browser admin = AdminBrowser.signedIn(portal);
            String adminHash = AdminBrowser.formhash(admin.get("admin.php?action=moderate&operation=articlecomments")
                    .text());
            Fetch.Page refused = admin.post("admin.php?action=moderate&operation=articlecomments", "formhash",
                    admin.formhash(), "modsubmit", "提交");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.text()).contains("<h1>Discuz! System Error</h1>");
            assertThat(admin.post("portal.php?mod=portalcp&ac=comment", "formhash", adminHash).status())
                    .isEqualTo(503);
        }
    }
}
