package dev.fenghuang.site;

import dev.fenghuang.site.write.LoginFlowTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.ForeignSite;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A form whose action, or the redirect before it, leaves the configured site's origin (scheme, host, port) gets
 * nothing posted: no user name, password, security answer or form hash.
 */
class ForeignFormTest {
    private static final String LOGIN_FORM = "mod=logging&action=login&infloat=yes";
    private static final String ACTION = "action=\"member.php?mod=logging&amp;action=login&amp;loginsubmit=yes";
    private static final String ADMIN_HOME = "admin.php?action=index";
    private static final String ADMIN_ACTION = "action=\"admin.php?action=moderate&amp;operation=articlecomments\"";

    private final FakeConnection site = new FakeConnection();

    private static String loginFormPostingTo(String action) {
        return Fixtures.text("write/login-form.xml")
                .replace(ACTION, "action=\"" + action + "?mod=logging&amp;action=login&amp;loginsubmit=yes");
    }

    private static DiscuzAccount account(String base, FakeConnection site) {
        return new DiscuzAccount(URI.create(base), site, LoginFlowTest.clock());
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "http://evil.example/member.php, http://portal.example/, evil.example",
        "//evil.example/member.php, http://portal.example/, evil.example",
        "http://portal.example/member.php, https://portal.example/, http://portal.example",
        "http://portal.example:8080/member.php, http://portal.example/, portal.example:8080",
        "https://portal.example:8443/member.php, https://portal.example/, portal.example:8443",
        "http://portal.example@evil.example/member.php, http://portal.example/, evil.example",
    })
    void aLoginFormPostingElsewhereIsRefusedNamingTheHost(String action, String base, String named) {
        site.answer(LOGIN_FORM, loginFormPostingTo(action)).answer("loginsubmit=yes", Envelopes.of(Envelopes.LOGIN_OK));
        DiscuzAccount account = account(base, site);
        assertThatThrownBy(() -> {
            account.loginForm();
            account.login("reader1", "reader123".toCharArray(), 1, "王芳", false, null);
        }).isInstanceOf(ForeignSite.class).hasMessageContaining(named);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void theSameOriginWithItsDefaultPortWrittenOutIsTheSite() throws Exception {
        site.answer(LOGIN_FORM, loginFormPostingTo("http://PORTAL.example:80/member.php"))
                .answer("loginsubmit=yes", Envelopes.of(Envelopes.LOGIN_OK));
        DiscuzAccount account = account(Fixtures.SITE, site);
        account.loginForm();
        account.login("reader1", "reader123".toCharArray(), 0, "", false, null);
        assertThat(site.lastPost().url()).startsWith("http://PORTAL.example:80/member.php");
    }

    @Test
    void aLoginFormReachedThroughARedirectToAnotherHostIsRefused() {
        site.followed(LOGIN_FORM, "http://evil.example/member.php?mod=logging&action=login&inajax=1",
                Fixtures.text("write/login-form.xml").replace(ACTION,
                        "action=\"http://portal.example/member.php?mod=logging&amp;action=login&amp;loginsubmit=yes"))
                .answer("loginsubmit=yes", Envelopes.of(Envelopes.LOGIN_OK));
        DiscuzAccount account = account(Fixtures.SITE, site);
        assertThatThrownBy(() -> {
            account.loginForm();
            account.login("reader1", "reader123".toCharArray(), 0, "", false, null);
        }).isInstanceOf(ForeignSite.class).hasMessageContaining("evil.example");
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void aLogoutLinkToAnotherHostIsNotFollowedWithTheFormHash() {
        site.answer("portal.php", "<html><script>var discuz_uid = '3'</script>"
                + "<a href=\"http://evil.example/member.php?mod=logging&amp;action=logout&amp;formhash=0a1b2c3d\">"
                + "退出</a>"
                + "</html>");
        assertThatThrownBy(() -> account(Fixtures.SITE, site).logout()).isInstanceOf(ForeignSite.class)
                .hasMessageContaining("evil.example");
        assertThat(site.requests()).extracting(FakeConnection.Request::url).noneMatch(u -> u.contains("evil"));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "http://evil.example/admin.php, http://portal.example/, evil.example",
        "//evil.example/admin.php, http://portal.example/, evil.example",
        "http://portal.example/admin.php, https://portal.example/, http://portal.example",
        "http://portal.example:81/admin.php, http://portal.example/, portal.example:81",
    })
    void theAdminPasswordFormPostingElsewhereIsRefused(String action, String base, String named) {
        site.answer(ADMIN_HOME, Fixtures.text("admin/reauth.html").replace(ADMIN_ACTION,
                "action=\"" + action + "?action=moderate&amp;operation=articlecomments\""))
                .redirect("operation=articlecomments", 302, "admin.php?action=moderate");
        DiscuzAdmin admin = new DiscuzAdmin(URI.create(base), site, LoginFlowTest.clock());
        assertThatThrownBy(() -> admin.reauthenticate("admin123".toCharArray(), 1, "王芳"))
                .isInstanceOf(ForeignSite.class).hasMessageContaining(named);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void theAdminPasswordFormReachedThroughARedirectToAnotherHostIsRefused() {
        site.followed(ADMIN_HOME, "http://evil.example/admin.php?action=index", Fixtures.text("admin/reauth.html")
                .replace(ADMIN_ACTION, "action=\"http://portal.example/admin.php?action=moderate\""))
                .redirect("action=moderate", 302, "admin.php?action=moderate");
        DiscuzAdmin admin = new DiscuzAdmin(URI.create(Fixtures.SITE), site, LoginFlowTest.clock());
        assertThatThrownBy(() -> admin.reauthenticate("admin123".toCharArray(), 0, ""))
                .isInstanceOf(ForeignSite.class).hasMessageContaining("evil.example");
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void aCommentFormPostingElsewhereGetsNeitherTheFormHashNorTheText() {
        site.answer("op=delete&cid=10&handlekey", Fixtures.text("write/comment-delete-form.xml").replace(
                "action=\"portal.php?mod=portalcp", "action=\"https://evil.example/portal.php?mod=portalcp"));
        assertThatThrownBy(() -> account(Fixtures.SITE, site).deleteComment(10)).isInstanceOf(ForeignSite.class)
                .hasMessageContaining("evil.example");
        assertThat(site.posts()).isEmpty();
    }
}
