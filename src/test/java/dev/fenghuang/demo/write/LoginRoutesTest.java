package dev.fenghuang.demo.write;

import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import dev.fenghuang.demo.http.Formhash;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginRoutesTest {
    private static final String SUBMIT = "member.php?mod=logging&action=login&loginsubmit=yes&loginhash=Lx1y2&inajax=1";
    private static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";
    private static final Charset GBK = Charset.forName("GBK");

    static String envelope(String charset, String fragment) {
        return "<?xml version=\"1.0\" encoding=\"" + charset + "\"?>\r\n<root><![CDATA[" + fragment + "]]></root>";
    }

    private static String wrongPassword(String key, int left) {
        String text = "登录失败，您还可以尝试 " + left + " 次";
        return envelope("utf-8", text + SCRIPT + "if(typeof errorhandle_" + key + "=='function') {errorhandle_" + key
                + "('" + text + "', {'loginperm':'" + left + "'});}</script>");
    }

    private static String locked(String key) {
        String text = "密码错误次数过多，请 15 分钟后重新登录";
        return envelope("utf-8", text + SCRIPT + "if(typeof errorhandle_" + key + "=='function') {errorhandle_" + key
                + "('" + text + "', {});}</script>");
    }

    @Test
    void aLoginWithoutHandlekeyAnswersTheEmptySucceedCallAndFillsSucceedlocation() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            browser.get("portal.php");
            Fetch.Page page = browser.post(SUBMIT, "formhash", browser.formhash(), "referer", portal.baseUrl() + "./",
                    "username", "reader1", "password", "reader123", "questionid", "0", "answer", "");
            String site = portal.baseUrl().toString();
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("content-type")).isEqualTo("text/xml; charset=utf-8");
            assertThat(page.text()).isEqualTo(envelope("utf-8", SCRIPT + "if($('succeedmessage')) {$('succeedmessage')"
                    + ".innerHTML = '';}if(typeof succeedhandle_=='function') {succeedhandle_('" + site + "', '', {});}"
                    + "</script><script type=\"text/javascript\">setTimeout(\"window.location.href ='" + site
                    + "';\", 3000);$('succeedmessage_href').href = '" + site + "';$('main_message').style.display = "
                    + "'none';$('main_succeed').style.display = '';$('succeedlocation').innerHTML = '欢迎您回来，新手上路 "
                    + "reader1，现在将转入登录前页面';</script>"));
        }
    }

    @Test
    void aLoginWithHandlekeyLoginCallsSucceedhandleLoginWithTheUserValuesAndTheReferer() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            String referer = portal.baseUrl() + "portal.php";
            Fetch.Page page = browser.post(SUBMIT + "&handlekey=login", "referer", referer, "username", "reader1",
                    "password", "reader123", "questionid", "0");
            String text = "欢迎您回来，新手上路 reader1，现在将转入登录前页面";
            assertThat(page.text()).isEqualTo(envelope("utf-8", SCRIPT + "if(typeof succeedhandle_login=='function') "
                    + "{succeedhandle_login('" + referer + "', '" + text + "', {'username':'reader1','usergroup':"
                    + "'新手上路','uid':'12','groupid':'10','syn':'0'});}hideWindow('login');showDialog('" + text
                    + "', 'right', null, function () { window.location.href ='" + referer + "'; }, 0, null, null, "
                    + "null, null, null, 2);</script>"));
        }
    }

    @Test
    void loginSetsAnHttpOnlySessionAuthCookieAndTheOtherLoginCookies() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            browser.get("portal.php");
            List<String> cookies = browser.post(SUBMIT, "username", "admin", "password", "admin123").cookies();
            String pre = portal.cookiePrefix();
            assertThat(cookies).anyMatch(c -> c.matches(pre + "auth=[A-Za-z0-9%]+; path=/; HttpOnly"));
            assertThat(cookies).anyMatch(c -> c.startsWith(pre + "ulastactivity=") && c.contains("Max-Age=31536000"));
            assertThat(cookies).anyMatch(c -> c.matches(pre + "lastcheckfeed=1%7C\\d+; .*"));
            assertThat(cookies).anyMatch(c -> c.startsWith(pre + "loginuser=deleted; expires=Thu, 01 Jan 1970 "
                    + "00:00:01 GMT; Max-Age=0; path=/"));
            assertThat(cookies).noneMatch(c -> c.startsWith(pre + "saltkey="));
        }
    }

    @Test
    void cookietimeMakesTheAuthCookieLastThirtyDays() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            browser.get("portal.php");
            List<String> cookies = browser.post(SUBMIT, "username", "admin", "password", "admin123",
                    "cookietime", "2592000").cookies();
            assertThat(cookies).anyMatch(c -> c.startsWith(portal.cookiePrefix() + "auth=")
                    && c.endsWith("; Max-Age=2592000; path=/; HttpOnly"));
        }
    }

    @Test
    void afterLoginPagesShowTheMemberAndANewFormhash() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            String guestHash = browser.formhash();
            browser.post(SUBMIT, "username", "moderator1", "password", "mod12345");
            String html = browser.get("portal.php?mod=view&aid=1").text();
            String memberHash = browser.formhash();
            assertThat(memberHash).isNotEqualTo(guestHash);
            assertThat(html).contains("discuz_uid = '11'").doesNotContain("id=\"lsform\"")
                    .contains("<strong class=\"vwmy\"><a href=\"home.php?mod=space&amp;uid=11\" target=\"_blank\" "
                            + "title=\"访问我的空间\">moderator1</a></strong>")
                    .contains("member.php?mod=logging&amp;action=logout&amp;formhash=" + memberHash + "\">退出</a>")
                    .contains("id=\"g_upmine\">用户组: 超级版主</a>");
        }
    }

    @Test
    void wrongPasswordsCountDownFromFourThenLockEvenTheRightPassword() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            for (int left = 4; left >= 1; left--) {
                assertThat(browser.post(SUBMIT + "&handlekey=login", "username", "reader1", "password", "nope").text())
                        .isEqualTo(wrongPassword("login", left));
            }
            assertThat(browser.post(SUBMIT + "&handlekey=login", "username", "reader1", "password", "nope").text())
                    .isEqualTo(locked("login"));
            Fetch.Page right = browser.post(SUBMIT + "&handlekey=login", "username", "reader1", "password", "reader123");
            assertThat(right.text()).isEqualTo(locked("login"));
            assertThat(right.cookies()).noneMatch(c -> c.startsWith(portal.cookiePrefix() + "auth="));
        }
    }

    @Test
    void theLockEndsFifteenMinutesAfterTheLastFailure() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            for (int i = 0; i < 5; i++) {
                browser.post(SUBMIT, "username", "reader1", "password", "nope");
            }
            portal.advanceClock(Duration.ofMinutes(14));
            assertThat(browser.post(SUBMIT, "username", "reader1", "password", "reader123").text())
                    .isEqualTo(locked(""));
            portal.advanceClock(Duration.ofMinutes(2));
            assertThat(browser.post(SUBMIT, "username", "reader1", "password", "reader123").text())
                    .contains("succeedhandle_(");
        }
    }

    @Test
    void anUnknownUserCostsATryLikeAWrongPassword() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            assertThat(browser.post(SUBMIT, "username", "nobody", "password", "x").text())
                    .isEqualTo(wrongPassword("", 4));
        }
    }

    @Test
    void oneAddressFailingWithSeveralNamesLocksThemAll() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            browser.post(SUBMIT, "username", "reader1", "password", "x");
            browser.post(SUBMIT, "username", "reader2", "password", "x");
            assertThat(browser.post(SUBMIT, "username", "admin", "password", "x").text())
                    .isEqualTo(wrongPassword("", 2));
        }
    }

    @Test
    void theQuestionAccountNeedsQuestionAndAnswerAndBothFailuresCount() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = new Browser(portal);
            String text = "请选择安全提问以及填写正确的答案";
            assertThat(browser.post(SUBMIT + "&handlekey=login", "username", "reader2", "password", "reader234",
                    "questionid", "0").text()).isEqualTo(envelope("utf-8", text + SCRIPT + "if(typeof "
                    + "errorhandle_login=='function') {errorhandle_login('" + text + "', {'loginperm':'4'});}</script>"));
            assertThat(browser.post(SUBMIT + "&handlekey=login", "username", "reader2", "password", "reader234",
                    "questionid", "1", "answer", "李娟").text()).contains("{'loginperm':'3'}").contains(text);
            assertThat(browser.post(SUBMIT + "&handlekey=login", "username", "reader2", "password", "reader234",
                    "questionid", "1", "answer", "王芳").text()).contains("succeedhandle_login(");
        }
    }

    @Test
    void aQuestionSentForAnAccountWithoutOneFails() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(new Browser(portal).post(SUBMIT, "username", "reader1", "password", "reader123",
                    "questionid", "1", "answer", "王芳").text()).contains("请选择安全提问以及填写正确的答案");
        }
    }

    @Test
    void theMd5OfThePasswordIsAcceptedAsTheReferenceSays() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(new Browser(portal).post(SUBMIT, "username", "reader1", "password", Formhash.md5("reader123"))
                    .text()).contains("succeedhandle_(");
        }
    }

    @Test
    void theLoginFormFragmentCarriesLoginhashIdsAndThePopupAction() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String text = new Browser(portal).get("member.php?mod=logging&action=login&infloat=yes&handlekey=login"
                    + "&inajax=1").text();
            String lh = text.replaceAll("(?s).*id=\"loginform_(L\\w{4})\".*", "$1");
            assertThat(lh).matches("L\\w{4}");
            assertThat(text).startsWith(envelope("utf-8", "").substring(0, 50))
                    .contains("<div id=\"main_messaqge_" + lh + "\">\r\n<div id=\"layer_login_" + lh + "\">")
                    .contains("action=\"member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;handlekey=login"
                            + "&amp;loginhash=" + lh + "\"")
                    .contains("id=\"username_" + lh + "\"").contains("id=\"password3_" + lh + "\"")
                    .contains("<option value=\"0\">安全提问(未设置请忽略)</option><option value=\"1\">母亲的名字</option>")
                    .contains("id=\"loginanswer_row_" + lh + "\" style=\"display:none\"")
                    .contains("name=\"cookietime\" id=\"cookietime_" + lh + "\"")
                    .contains("name=\"referer\" value=\"" + portal.baseUrl() + "./\"")
                    .doesNotContain("seccode");
        }
    }

    @Test
    void theFullLoginPageHasNoHandlekeyAndTheHiddenSucceedBlock() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String html = new Browser(portal).get("member.php?mod=logging&action=login").text();
            assertThat(html).contains("<div class=\"nfl\" id=\"main_succeed\" style=\"display: none\">")
                    .contains("<p id=\"succeedlocation\" class=\"alert_btnleft\"></p>")
                    .containsPattern("action=\"member.php\\?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;"
                            + "loginhash=L\\w{4}\"");
        }
    }

    @Test
    void logoutWithTheFormhashDeletesTheCookiesAndChangesTheFormhash() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = Browser.loggedIn(portal, "reader1", "reader123");
            String memberHash = browser.formhash();
            Fetch.Page page = browser.get("member.php?mod=logging&action=logout&formhash=" + memberHash);
            String pre = portal.cookiePrefix();
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("<div id=\"messagetext\" class=\"alert_right\">\n<p>您已退出站点，现在将以"
                    + "游客身份转入退出前页面，请稍候……  <script type=\"text/javascript\" reload=\"1\">setTimeout("
                    + "\"window.location.href ='" + portal.baseUrl() + "./';\", 2000);</script></p>");
            for (String name : List.of("saltkey", "auth", "lastvisit", "lastact", "ulastactivity", "lip")) {
                assertThat(page.cookies()).contains(pre + name + "=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; "
                        + "Max-Age=0; path=/");
            }
            assertThat(page.cookies().get(page.cookies().size() - 1)).startsWith(pre + "sid=");
            assertThat(browser.get("portal.php").text()).contains("discuz_uid = '0'");
            assertThat(browser.formhash()).isNotEqualTo(memberHash);
        }
    }

    @Test
    void logoutWithAWrongFormhashIsABare302AndKeepsTheSession() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = Browser.loggedIn(portal, "reader1", "reader123");
            Fetch.Page page = browser.get("member.php?mod=logging&action=logout&formhash=00000000");
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("location")).isEqualTo("index.php");
            assertThat(page.bytes()).isEmpty();
            assertThat(page.cookies()).isEmpty();
            assertThat(browser.get("portal.php").text()).contains("discuz_uid = '12'");
        }
    }

    @Test
    void logoutWithoutFormhashShowsTheTextButStaysLoggedIn() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = Browser.loggedIn(portal, "reader1", "reader123");
            assertThat(browser.get("member.php?mod=logging&action=logout").text()).contains("您已退出站点");
            assertThat(browser.get("portal.php").text()).contains("discuz_uid = '12'");
        }
    }

    @Test
    void expiredSessionsMakeMembersGuestsAgain() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = Browser.loggedIn(portal, "reader1", "reader123");
            portal.expireSessions();
            assertThat(browser.get("portal.php").text()).contains("discuz_uid = '0'").contains("id=\"lsform\"");
        }
    }

    @Test
    void theAuthCookieIsWorthlessWithAnotherSaltkey() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = Browser.loggedIn(portal, "reader1", "reader123");
            browser.setCookie("saltkey", "Zz9Zz9Zz");
            assertThat(browser.get("portal.php").text()).contains("discuz_uid = '0'");
        }
    }

    @Test
    void aGbkSiteLogsInAGbkEncodedChineseNameAndRefusesItsUtf8Bytes() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            Browser browser = new Browser(portal);
            Fetch.Page utf8 = browser.postBytes(SUBMIT, ("username=" + Browser.encode("归来", StandardCharsets.UTF_8)
                    + "&password=guilai123").getBytes(StandardCharsets.US_ASCII));
            assertThat(utf8.header("content-type")).isEqualTo("text/xml; charset=gbk");
            assertThat(utf8.text(GBK)).isEqualTo(envelope("gbk", "登录失败，您还可以尝试 4 次" + SCRIPT
                    + "if(typeof errorhandle_=='function') {errorhandle_('登录失败，您还可以尝试 4 次', {'loginperm':'4'});}"
                    + "</script>"));
            Fetch.Page gbk = browser.post(SUBMIT, "username", "归来", "password", "guilai123");
            assertThat(gbk.text(GBK)).contains("$('succeedlocation').innerHTML = '欢迎您回来，网站编辑 归来，现在将转入登录前页面';");
            assertThat(gbk.bytes()).startsWith("<?xml version=\"1.0\" encoding=\"gbk\"?>\r\n".getBytes(GBK));
        }
    }

    @Test
    void aLoggedInMemberAskingForTheFormGetsTheWelcomeMessage() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser browser = Browser.loggedIn(portal, "admin", "admin123");
            assertThat(browser.get("member.php?mod=logging&action=login").text())
                    .contains("class=\"alert_right\"").contains("欢迎您回来，管理员 admin，现在将转入登录前页面");
        }
    }
}
