package dev.fenghuang.demo.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import org.junit.jupiter.api.Test;

/**
 * The demo's forum post forms with the captcha on (1.10, 4.4): the fast reply carries {@code div#seccheck_fastpost}
 * with the seccode span and the {@code updateseccode} call for members (guests get the login line), the new-thread
 * form its own check and the board's {@code typerequired}; a post without the code, or with a wrong one, is refused
 * with 验证码填写错误 before the flood lock, and the right code lets it through.
 */
class ForumPostCaptchaTest {
    private static final String FAST_REPLY = "forum.php?mod=post&action=reply&fid=2&tid=1&extra=&replysubmit=yes"
            + "&infloat=yes&handlekey=fastpost&inajax=1";

    private static String code(DemoPortal portal, ForumBrowser browser, String hash) {
        browser.get("misc.php?mod=seccode&update=12345&idhash=" + hash);
        return portal.captchaCode(hash).orElseThrow();
    }

    private static ForumBrowser member(DemoPortal portal) {
        ForumBrowser browser = new ForumBrowser(portal);
        browser.get("forum.php");
        String code = code(portal, browser, "cSlogin1");
        browser.post("member.php?mod=logging&action=login&loginsubmit=yes&loginhash=Labcd&inajax=1", "username",
                "reader1", "password", "reader123", "questionid", "0", "answer", "", "seccodehash", "cSlogin1",
                "seccodeverify", code, "seccodemodid", "member::logging");
        assertThat(browser.get("forum.php").body()).contains("discuz_uid = '").doesNotContain("discuz_uid = '0'");
        return browser;
    }

    @Test
    void theFormsShowTheCheckToMembersOnly() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().captcha(true).build())) {
            ForumBrowser reader = member(portal);
            String thread = reader.get("forum.php?mod=viewthread&tid=1").body();
            assertThat(thread).containsPattern("<div id=\"seccheck_fastpost\">\n<span id=\"seccode_cS\\w+\"></span>")
                    .contains("'forum::viewthread');</script>");
            String services = reader.get("forum.php?mod=post&action=newthread&fid=3").body();
            assertThat(services).contains("var typerequired = parseInt('1');").contains("'forum::post');</script>");
            assertThat(reader.get("forum.php?mod=post&action=newthread&fid=2").body())
                    .contains("var typerequired = parseInt('');");
            assertThat(new ForumBrowser(portal).get("forum.php?mod=viewthread&tid=1").body())
                    .doesNotContain("seccheck_fastpost");
        }
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(ForumBrowser.loggedIn(portal, "reader1", "reader123").get("forum.php?mod=viewthread&tid=1")
                    .body()).doesNotContain("seccheck_fastpost");
        }
    }

    @Test
    void aPostWithoutTheRightCodeIsRefusedBeforeTheFloodLockAndTheRightOnePasses() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().captcha(true).build())) {
            portal.freezeClock();
            ForumBrowser reader = member(portal);
            assertThat(reader.post(FAST_REPLY, "formhash", reader.formhash(), "message", "没有验证码的回复内容",
                    "subject", "  ").body()).contains("errorhandle_fastpost('抱歉，验证码填写错误'");
            code(portal, reader, "cSreply1");
            assertThat(reader.post(FAST_REPLY, "formhash", reader.formhash(), "message", "验证码错误的回复内容",
                    "subject", "  ", "seccodehash", "cSreply1", "seccodeverify", "0000").body())
                    .contains("errorhandle_fastpost('抱歉，验证码填写错误'");
            String right = code(portal, reader, "cSreply1");
            assertThat(reader.post(FAST_REPLY, "formhash", reader.formhash(), "message", "验证码正确的回复内容",
                    "subject", "  ", "seccodehash", "cSreply1", "seccodeverify", right.toLowerCase(),
                    "seccodemodid", "forum::viewthread").body())
                    .as("the refused ones took no flood lock").contains("succeedhandle_fastpost(");
        }
    }
}
