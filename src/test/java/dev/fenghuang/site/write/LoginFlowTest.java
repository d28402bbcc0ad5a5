package dev.fenghuang.site.write;

import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.Envelopes;
import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.UnencodableText;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class LoginFlowTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    private static final String FORM = "mod=logging&action=login&infloat=yes";
    private static final String SUBMIT = "loginsubmit=yes";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T02:00:00Z"), ZoneOffset.ofHours(8));

    private final FakeConnection site = new FakeConnection();

    public static Clock clock() {
        return CLOCK;
    }

    public static DiscuzAccount account(FakeConnection site) {
        return new DiscuzAccount(URI.create(Fixtures.SITE), site, CLOCK);
    }

    private FakeConnection withForm(String fixture) {
        return site.fixture(FORM, "write/" + fixture).image("mod=seccode", PNG);
    }

    private PostResult login(String answer) throws Exception {
        return account(site).login("reader1", "reader123".toCharArray(), 0, "", false, answer);
    }

    @Test
    void readsTheLoginHashFormHashAndTheSevenSecurityQuestions() throws Exception {
        LoginForm form = account(withForm("login-form.xml")).loginForm();
        assertThat(form.loginhash()).isEqualTo("LfpOS");
        assertThat(form.formhash()).isEqualTo("0a1b2c3d");
        assertThat(form.questions()).hasSize(7).first().isEqualTo(new LoginForm.Question(1, "母亲的名字"));
        assertThat(form.captchaImage()).isEmpty();
        assertThat(site.requests().get(0).ajax()).isTrue();
    }

    @Test
    void loadsTheCaptchaOfTheFormWithAReferrerOnTheSameHostAndPort() throws Exception {
        LoginForm form = account(withForm("login-form-captcha.xml")).loginForm();
        assertThat(form.captcha().hash()).isEqualTo("cSAT0oDWnBeM");
        assertThat(form.captcha().mediaType()).isEqualTo("image/png");
        FakeConnection.Request image = site.requests().get(1);
        assertThat(image.url()).startsWith(Fixtures.SITE + "misc.php?mod=seccode&update=").endsWith("&idhash=cSAT0oDWnBeM");
        assertThat(URI.create(image.referer()).getAuthority()).isEqualTo("portal.example");
    }

    @Test
    void refusesACaptchaAnswerThatIsAnAccessDeniedPage() {
        site.fixture(FORM, "write/login-form-captcha.xml").answer("mod=seccode", "Access Denied");
        assertThatThrownBy(() -> account(site).loginForm()).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("Access Denied");
    }

    @Test
    void postsTheFormFieldsWithTheCredentialsToTheAjaxAction() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_OK));
        DiscuzAccount account = account(site);
        account.loginForm();
        account.login("reader2", "reader234".toCharArray(), 1, "王芳", true, null);
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE
                + "member.php?mod=logging&action=login&loginsubmit=yes&handlekey=login&loginhash=LfpOS&inajax=1");
        assertThat(post.names()).containsExactlyInAnyOrder("formhash", "referer", "loginfield", "username", "password",
                "questionid", "answer", "cookietime", "loginsubmit");
        assertThat(post.field("username")).isEqualTo("reader2");
        assertThat(post.field("questionid")).isEqualTo("1");
        assertThat(post.field("answer")).isEqualTo("王芳");
        assertThat(post.field("cookietime")).isEqualTo("2592000");
        assertThat(post.field("loginsubmit")).isEqualTo("true");
    }

    @Test
    void leavesTheCallersPasswordArrayAloneAndSendsNoCookieTimeForASessionLogin() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_OK));
        char[] password = "reader234".toCharArray();
        account(site).login("reader2", password, 0, "", false, null);
        assertThat(password).containsExactly("reader234".toCharArray());
        assertThat(site.lastPost().field("password")).isEqualTo("reader234");
        assertThat(site.lastPost().names()).doesNotContain("cookietime");
    }

    @Test
    void sendsAPasswordOfThirtyTwoLettersAsTheMd5TheSiteWouldCompute() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_OK));
        account(site).login("reader2", "abcdefghijabcdefghijabcdefghij12".toCharArray(), 0, "", false, null);
        assertThat(site.lastPost().field("password")).isEqualTo(md5("abcdefghijabcdefghijabcdefghij12"));
    }

    private static String md5(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void encodesAChineseUserNameInTheSiteCharset() throws Exception {
        Charset gbk = Charset.forName("GBK");
        FakeConnection gbkSite = new FakeConnection(gbk).fixture(FORM, "write/login-form.xml")
                .answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_OK));
        account(gbkSite).login("归来", "x".toCharArray(), 0, "", false, null);
        FakeConnection.Request post = gbkSite.lastPost();
        assertThat(post.charset()).isEqualTo(gbk);
        assertThat(URLEncoder.encode(post.field("username"), post.charset())).isEqualTo("%B9%E9%C0%B4");
    }

    @Test
    void refusesAUserNameTheSiteCharsetCannotCarryBeforeSending() {
        FakeConnection gbkSite = new FakeConnection(Charset.forName("GBK")).fixture(FORM, "write/login-form.xml");
        assertThatThrownBy(() -> account(gbkSite).login("读者😀", "x".toCharArray(), 0, "", false, null))
                .isInstanceOf(UnencodableText.class);
        assertThat(gbkSite.posts()).isEmpty();
    }

    @Test
    void successWithHandlekeyIsPostedWithTheUidAndTheWelcome() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_OK));
        assertThat(login(null)).isEqualTo(new PostResult.Posted("欢迎您回来，新手上路 reader2，现在将转入登录前页面", 6, false));
    }

    @Test
    void successWithoutHandlekeyReadsTheWelcomeFromTheScriptAndTheUidFromAPage() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_OK_NO_HANDLEKEY))
                .fixture("portal.php", "write/article-member.html");
        assertThat(login(null)).isEqualTo(new PostResult.Posted("欢迎您回来，新手上路 reader1，现在将转入登录前页面", 3, false));
    }

    @Test
    void aWrongPasswordIsALoginFailureWithTheTriesLeft() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_WRONG));
        PostResult.Refused refused = (PostResult.Refused) login(null);
        assertThat(refused.message().text()).isEqualTo("登录失败，您还可以尝试 4 次");
        assertThat(refused.message().kind()).isEqualTo(Kind.LOGIN_FAILED);
        assertThat(refused.message().values()).isEqualTo(Map.of("loginperm", "4"));
        assertThat(LoginTrouble.of(refused.message())).isEqualTo(LoginTrouble.WRONG_PASSWORD);
    }

    @Test
    void theLockOutIsALoginFailureWithoutTriesLeft() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_LOCKED));
        PostResult.Refused refused = (PostResult.Refused) login(null);
        assertThat(refused.message().kind()).isEqualTo(Kind.LOGIN_FAILED);
        assertThat(refused.message().values()).isEmpty();
        assertThat(LoginTrouble.of(refused.message())).isEqualTo(LoginTrouble.LOCKED_OUT);
    }

    @Test
    void aMissingOrWrongSecurityAnswerIsALoginFailureTheAppCanTellApart() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_QUESTION));
        PostResult.Refused refused = (PostResult.Refused) login(null);
        assertThat(refused.message().kind()).isEqualTo(Kind.LOGIN_FAILED);
        assertThat(refused.message().values()).containsEntry("loginperm", "3");
        assertThat(LoginTrouble.of(refused.message())).isEqualTo(LoginTrouble.SECURITY_QUESTION);
    }

    @Test
    void aBannedAccountIsRefusedButNotAsAFailedTry() throws Exception {
        withForm("login-form.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_BANNED));
        PostResult.Refused refused = (PostResult.Refused) login(null);
        assertThat(refused.message().kind()).isEqualTo(Kind.NO_PERMISSION);
    }

    @Test
    void aFormWithACaptchaAndNoAnswerAsksForItWithoutSending() throws Exception {
        withForm("login-form-captcha.xml");
        assertThat(login(null)).isInstanceOf(PostResult.NeedsCaptcha.class);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void sendsTheCaptchaOfTheImageShown() throws Exception {
        withForm("login-form-captcha.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_OK));
        DiscuzAccount account = account(site);
        account.loginForm();
        account.login("reader1", "reader123".toCharArray(), 0, "", false, " crcq ");
        FakeConnection.Request post = site.lastPost();
        assertThat(post.field("seccodehash")).isEqualTo("cSAT0oDWnBeM");
        assertThat(post.field("seccodeverify")).isEqualTo("crcq");
        assertThat(post.field("seccodemodid")).isEqualTo("member::logging");
        assertThat(site.requests().stream().filter(r -> r.url().contains(FORM))).hasSize(1);
    }

    @Test
    void aWrongCaptchaComesBackWithAFreshImageUnderTheSameHash() throws Exception {
        withForm("login-form-captcha.xml").answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_CAPTCHA));
        DiscuzAccount account = account(site);
        account.loginForm();
        PostResult result = account.login("reader1", "reader123".toCharArray(), 0, "", false, "XXXX");
        PostResult.NeedsCaptcha needs = (PostResult.NeedsCaptcha) result;
        assertThat(needs.message().text()).isEqualTo("抱歉，验证码填写错误");
        assertThat(needs.captcha().hash()).isEqualTo("cSAT0oDWnBeM");
        assertThat(site.requests().stream().filter(r -> r.method().equals("BYTES"))).hasSize(2);
    }

    @Test
    void aCaptchaDemandedByAFormThatShowedNoneFetchesTheFormAgain() throws Exception {
        site.fixture(FORM, "write/login-form.xml").fixture(FORM, "write/login-form-captcha.xml")
                .image("mod=seccode", PNG).answer(SUBMIT, Envelopes.of(Envelopes.LOGIN_CAPTCHA));
        PostResult result = login(null);
        assertThat(((PostResult.NeedsCaptcha) result).captcha().hash()).isEqualTo("cSAT0oDWnBeM");
    }

    @Test
    void anAlreadySignedInClientGetsNoFormAndLoginSaysWhoItIs() throws Exception {
        site.answer(FORM, Envelopes.of(Envelopes.GUARD_SCRIPT + "if(typeof succeedhandle_login=='function') "
                + "{succeedhandle_login('http://portal.example/./', '欢迎您回来，新手上路 reader1，现在将转入登录前页面', {});}</script>"))
                .fixture("portal.php", "write/article-member.html");
        assertThat(account(site).loginForm().signedIn()).isTrue();
        assertThat(login(null)).isEqualTo(new PostResult.Posted("reader1", 3, false));
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void logsOutWithThePagesLogoutLink() throws Exception {
        site.fixture("portal.php", "write/article-member.html")
                .answer("action=logout", "<html><head><title>提示信息</title></head><body><div id=\"messagetext\" "
                        + "class=\"alert_right\"><p>您已退出站点，现在将以游客身份转入退出前页面，请稍候……  </p></div></body></html>");
        PostResult result = account(site).logout();
        assertThat(result).isEqualTo(new PostResult.Posted("您已退出站点，现在将以游客身份转入退出前页面，请稍候……", 0, false));
        assertThat(site.requests().get(1).url())
                .isEqualTo(Fixtures.SITE + "member.php?mod=logging&action=logout&formhash=5e6f7a8b");
    }
}
