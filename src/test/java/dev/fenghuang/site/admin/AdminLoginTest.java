package dev.fenghuang.site.admin;

import dev.fenghuang.site.DiscuzAdmin;
import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import dev.fenghuang.site.write.LoginFlowTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.SiteMessage.Kind;
import java.net.URI;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

public class AdminLoginTest {
    private static final String HOME = "admin.php?action=index";
    private static final String QUEUE_POST = "admin.php?action=moderate&operation=articlecomments";
    /** Longer than {@link #QUEUE_POST}, which every queue URL contains: the longest scripted part wins. */
    public static final String QUEUE_GET = "articlecomments&page=1&filter=normal&dateline=all&username=&keyword=";

    private final FakeConnection site = new FakeConnection();

    public static DiscuzAdmin admin(FakeConnection site) {
        return new DiscuzAdmin(URI.create(Fixtures.SITE), site, LoginFlowTest.clock());
    }

    private PostResult reauth(String password) throws Exception {
        return admin(site).reauthenticate(password.toCharArray(), 0, "");
    }

    @Test
    void getsTheFormFirstThenPostsItBackToTheSameUrlWithTheAdminFields() throws Exception {
        site.fixture(HOME, "admin/reauth.html").redirect(QUEUE_POST, 302, "admin.php?action=moderate");
        assertThat(reauth("admin123")).isEqualTo(new PostResult.Posted("", 0, false));
        assertThat(site.requests()).extracting(FakeConnection.Request::method).containsExactly("GET", "POST");
        assertThat(site.requests().get(0).url()).isEqualTo(Fixtures.SITE + HOME);
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE + QUEUE_POST);
        assertThat(post.names()).containsExactly("sid", "frames", "formhash", "admin_password", "admin_questionid",
                "admin_answer");
        assertThat(post.field("sid")).isEqualTo("Kq9vQx");
        assertThat(post.field("frames")).isEqualTo("yes");
        assertThat(post.field("formhash")).isEqualTo("a1b2c3d4");
        assertThat(post.field("admin_password")).isEqualTo("admin123");
        assertThat(post.field("admin_questionid")).isEqualTo("0");
        assertThat(post.field("admin_answer")).isEmpty();
        assertThat(post.referer()).isEqualTo(Fixtures.SITE + HOME);
    }

    @Test
    void sendsTheSecurityQuestionAndAnswerInTheSiteCharset() throws Exception {
        FakeConnection gbk = new FakeConnection(Charset.forName("GBK"))
                .fixture(HOME, "admin/reauth.html").redirect(QUEUE_POST, 302, "admin.php?action=moderate");
        admin(gbk).reauthenticate("pw".toCharArray(), 1, "王芳");
        FakeConnection.Request post = gbk.lastPost();
        assertThat(post.field("admin_questionid")).isEqualTo("1");
        assertThat(post.field("admin_answer")).isEqualTo("王芳");
        assertThat(post.charset()).isEqualTo(Charset.forName("GBK"));
    }

    @Test
    void leavesTheCallersPasswordAsItWas() throws Exception {
        site.fixture(HOME, "admin/reauth.html").redirect(QUEUE_POST, 302, "admin.php?action=moderate");
        char[] password = "admin123".toCharArray();
        admin(site).reauthenticate(password, 0, "");
        assertThat(new String(password)).isEqualTo("admin123");
    }

    @Test
    void theSameFormAgainIsAWrongPasswordCountedHere() throws Exception {
        site.fixture(HOME, "admin/reauth.html").fixture(QUEUE_POST, "admin/reauth.html");
        DiscuzAdmin admin = admin(site);
        PostResult first = admin.reauthenticate("wrong".toCharArray(), 0, "");
        PostResult second = admin.reauthenticate("wrong".toCharArray(), 0, "");
        assertThat(first).isInstanceOf(PostResult.Refused.class);
        PostResult.Refused refused = (PostResult.Refused) second;
        assertThat(refused.message().kind()).isEqualTo(Kind.LOGIN_FAILED);
        assertThat(refused.message().values()).containsEntry("failures", "2").containsEntry("remaining", "2");
    }

    @Test
    void theLockAfterTheFourthTryIsRefusedWithTheSecondsToWait() throws Exception {
        site.fixture(HOME, "admin/reauth.html").fixture(QUEUE_POST, "admin/locked.html");
        PostResult.Refused refused = (PostResult.Refused) reauth("wrong");
        assertThat(refused.message().text()).startsWith("您的管理面板已经锁定");
        assertThat(refused.message().values()).containsEntry("seconds", "1742");
    }

    @Test
    void aPanelAlreadyLockedIsRefusedWithoutPostingThePassword() throws Exception {
        site.fixture(HOME, "admin/locked.html");
        assertThat(reauth("admin123")).isInstanceOf(PostResult.Refused.class);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void theAccountLockIsRefused() throws Exception {
        site.fixture(HOME, "admin/reauth.html").fixture(QUEUE_POST, "admin/user-locked.html");
        PostResult.Refused refused = (PostResult.Refused) reauth("wrong");
        assertThat(refused.message().text()).contains("登录密码错误次数过多");
    }

    @Test
    void aGuestMustSignInOnTheFrontEndFirst() throws Exception {
        site.fixture(HOME, "admin/guest.html");
        assertThat(reauth("admin123")).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void aMemberOutsideTheTeamIsRefused() throws Exception {
        site.fixture(HOME, "admin/noaccess.html");
        PostResult.Refused refused = (PostResult.Refused) reauth("x");
        assertThat(refused.message().kind()).isEqualTo(Kind.NO_PERMISSION);
    }

    @Test
    void anOpenPanelNeedsNoPassword() throws Exception {
        site.fixture(HOME, "admin/home.html");
        assertThat(reauth("admin123")).isInstanceOf(PostResult.Posted.class);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void reauthenticatesAtTheUrlThatAskedForThePassword() throws Exception {
        site.fixture(QUEUE_GET, "admin/reauth.html").redirect(QUEUE_POST, 302, "admin.php?action=moderate");
        DiscuzAdmin admin = admin(site);
        assertThatThrownBy(() -> admin.queue(QueueFilter.pending(), 1)).isInstanceOf(AdminSessionExpired.class);
        admin.reauthenticate("admin123".toCharArray(), 0, "");
        assertThat(site.requests().get(1).url()).isEqualTo(site.requests().get(0).url());
        assertThat(site.requests().get(1).method()).isEqualTo("GET");
    }
}
