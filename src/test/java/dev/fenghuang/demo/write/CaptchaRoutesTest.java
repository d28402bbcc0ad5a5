package dev.fenghuang.demo.write;

import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CaptchaRoutesTest {
    private static final String SUBMIT = "member.php?mod=logging&action=login&loginsubmit=yes&loginhash=Lx1y2"
            + "&handlekey=login&inajax=1";
    private static final DemoOptions CAPTCHA = DemoOptions.builder().captcha(true).build();

    private static Fetch.Page image(Browser browser, String hash) {
        return browser.get("misc.php?mod=seccode&update=12345&idhash=" + hash, "Referer",
                browser.portalUrl() + "member.php?mod=logging&action=login");
    }

    private static String formHash(String html) {
        return html.replaceAll("(?s).*?updateseccode\\('(\\w+)'.*", "$1");
    }

    @Test
    void withCaptchaOnTheLoginFormsCarryTheSpanAndTheUpdateCall() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Browser browser = new Browser(portal);
            String page = browser.get("member.php?mod=logging&action=login").text();
            String hash = formHash(page);
            assertThat(hash).matches("cS[A-Za-z0-9]{6}");
            assertThat(page).contains("<span id=\"seccode_" + hash + "\"></span>\t\t\n<script type=\"text/javascript\" "
                    + "reload=\"1\">updateseccode('" + hash + "', '<div class=\"rfm\"><table><tr><th><sec>: </th><td><sec>"
                    + "<br /><sec></td></tr></table></div>', 'member::logging');</script>");
            assertThat(formHash(browser.get("member.php?mod=logging&action=login&infloat=yes&handlekey=login&inajax=1")
                    .text())).matches("cSA[A-Za-z0-9]{9}");
            assertThat(browser.get("portal.php?mod=view&aid=1").text()).contains("'portal::portalcp');</script>");
        }
    }

    @Test
    void theLoaderWritesTheInputsAndTheImage() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Fetch.Page js = new Browser(portal).get("misc.php?mod=seccode&action=update&idhash=cSabc123&0.5"
                    + "&modid=member::logging");
            assertThat(js.header("content-type")).isEqualTo("application/javascript");
            assertThat(js.text()).contains("<input name=\"seccodehash\" type=\"hidden\" value=\"cSabc123\" />")
                    .contains("value=\"member::logging\"").contains("id=\"seccodeverify_cSabc123\"").contains("换一个")
                    .containsPattern("<span id=\"vseccode_cSabc123\">输入下图中的字符<br /><img [^>]*width=\"100\" "
                            + "height=\"30\" src=\"misc.php\\?mod=seccode&update=\\d{5}&idhash=cSabc123\"");
        }
    }

    @Test
    void theImageIsA100By30PngAndSetsTheSeccodeCookie() throws IOException {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Fetch.Page png = image(new Browser(portal), "cSabc123");
            assertThat(png.header("content-type")).isEqualTo("image/png");
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png.bytes()));
            assertThat(picture.getWidth()).isEqualTo(100);
            assertThat(picture.getHeight()).isEqualTo(30);
            assertThat(png.cookies()).anyMatch(c -> c.matches(portal.cookiePrefix() + "seccodecSabc123=\\d+\\.[0-9a-f]{18}; "
                    + "path=/"));
            assertThat(portal.captchaCode("cSabc123").orElseThrow()).matches("[BCEFGHJKMPQRTVWXY2346789]{4}");
        }
    }

    @Test
    void withoutASameHostAndPortRefererTheImageIsAccessDenied() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Browser browser = new Browser(portal);
            Fetch.Page none = browser.get("misc.php?mod=seccode&update=1&idhash=cSabc123");
            assertThat(none.text()).isEqualTo("Access Denied");
            assertThat(none.cookies()).isEmpty();
            assertThat(browser.get("misc.php?mod=seccode&update=1&idhash=cSabc123", "Referer",
                    "http://127.0.0.1/portal.php").text()).isEqualTo("Access Denied");
            assertThat(portal.captchaCode("cSabc123")).isEmpty();
        }
    }

    @Test
    void thePreCheckLeavesTheCodeInPlace() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Browser browser = new Browser(portal);
            image(browser, "cSabc123");
            String check = "misc.php?mod=seccode&action=check&inajax=1&modid=member::logging&idhash=cSabc123&secverify=";
            assertThat(browser.get(check + "AAAA").text()).isEqualTo(LoginRoutesTest.envelope("utf-8", "invalid"));
            String code = portal.captchaCode("cSabc123").orElseThrow();
            assertThat(browser.get(check + code.toLowerCase()).text()).isEqualTo(LoginRoutesTest.envelope("utf-8",
                    "succeed"));
            assertThat(browser.get(check + code).text()).contains("succeed");
        }
    }

    @Test
    void aMissingOrWrongCodeIsRefusedWithoutCostingALoginTry() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Browser browser = new Browser(portal);
            String refused = LoginRoutesTest.envelope("utf-8", "抱歉，验证码填写错误<script type=\"text/javascript\" "
                    + "reload=\"1\">if(typeof errorhandle_login=='function') {errorhandle_login('抱歉，验证码填写错误', {});}"
                    + "</script>");
            assertThat(browser.post(SUBMIT, "username", "reader1", "password", "reader123").text()).isEqualTo(refused);
            image(browser, "cSabc123");
            assertThat(browser.post(SUBMIT, "username", "reader1", "password", "reader123", "seccodehash", "cSabc123",
                    "seccodemodid", "member::logging", "seccodeverify", "AAAA").text()).isEqualTo(refused);
            image(browser, "cSabc123");
            assertThat(browser.post(SUBMIT, "username", "reader1", "password", "wrong", "seccodehash", "cSabc123",
                    "seccodeverify", portal.captchaCode("cSabc123").orElseThrow()).text()).contains("{'loginperm':'4'}");
        }
    }

    @Test
    void everySubmitUsesTheCodeUp() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Browser browser = new Browser(portal);
            image(browser, "cSabc123");
            String code = portal.captchaCode("cSabc123").orElseThrow();
            browser.post(SUBMIT, "username", "reader1", "password", "wrong", "seccodehash", "cSabc123",
                    "seccodeverify", code);
            assertThat(browser.post(SUBMIT, "username", "reader1", "password", "reader123", "seccodehash", "cSabc123",
                    "seccodeverify", code).text()).contains("抱歉，验证码填写错误");
            image(browser, "cSabc123");
            assertThat(browser.post(SUBMIT, "username", "reader1", "password", "reader123", "seccodehash", "cSabc123",
                    "seccodeverify", portal.captchaCode("cSabc123").orElseThrow()).text())
                    .contains("succeedhandle_login(");
        }
    }

    @Test
    void anImageLoadedAsAGuestDoesNotServeAMember() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            Browser browser = new Browser(portal);
            image(browser, "cSmem123");
            image(browser, "cSabc123");
            browser.post(SUBMIT, "username", "reader1", "password", "reader123", "seccodehash", "cSabc123",
                    "seccodeverify", portal.captchaCode("cSabc123").orElseThrow());
            String guestCode = portal.captchaCode("cSmem123").orElseThrow();
            assertThat(browser.post("portal.php?mod=portalcp&ac=comment&inajax=1", "message", "有验证码", "aid", "1",
                    "formhash", browser.formhash(), "commentsubmit", "true", "seccodehash", "cSmem123",
                    "seccodeverify", guestCode).text()).contains("抱歉，验证码填写错误");
            image(browser, "cSmem123");
            assertThat(browser.post("portal.php?mod=portalcp&ac=comment&inajax=1", "message", "有验证码", "aid", "1",
                    "formhash", browser.formhash(), "commentsubmit", "true", "seccodehash", "cSmem123",
                    "seccodeverify", portal.captchaCode("cSmem123").orElseThrow()).text()).contains("操作成功 ");
        }
    }

    @Test
    void robotsGetA403() {
        try (DemoPortal portal = DemoPortal.start(CAPTCHA)) {
            assertThat(Fetch.get(portal, "misc.php?mod=seccode&update=1&idhash=cSabc123", "User-Agent",
                    "Googlebot/2.1").status()).isEqualTo(403);
        }
    }
}
