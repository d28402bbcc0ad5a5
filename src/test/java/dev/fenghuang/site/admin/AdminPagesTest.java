package dev.fenghuang.site.admin;

import dev.fenghuang.site.Fixtures;
import dev.fenghuang.site.write.FormData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminPagesTest {
    private static final URI QUEUE = URI.create(Fixtures.SITE + "admin.php?action=moderate&operation=articlecomments");

    private static AdminPage sort(String fixture) throws UnexpectedPage {
        return AdminPages.of(QUEUE, 200, null, Fixtures.text("admin/" + fixture), StandardCharsets.UTF_8);
    }

    @Test
    void theReauthenticationFormIsReadWithItsHiddenFieldsAndNoSubmitField() throws Exception {
        AdminPage page = sort("reauth.html");
        assertThat(page).isInstanceOf(AdminPage.Reauth.class);
        FormData form = ((AdminPage.Reauth) page).form();
        assertThat(form.action()).hasToString(QUEUE.toString());
        assertThat(form.fields()).extracting(Map.Entry::getKey)
                .containsExactly("sid", "frames", "formhash", "admin_password", "admin_questionid", "admin_answer");
        assertThat(form.get("formhash")).isEqualTo("a1b2c3d4");
        assertThat(form.get("admin_questionid")).isEqualTo("0");
    }

    @Test
    void theX35GuestPageSaysTheFrontEndLoginIsMissing() throws Exception {
        assertThat(sort("guest.html")).isEqualTo(
                new AdminPage.Guest(new SiteMessage("您尚未登录网站", Kind.NO_PERMISSION)));
    }

    @Test
    void theX34GuestTipIsAGuestPageToo() throws Exception {
        assertThat(sort("guest-x34.html")).isInstanceOf(AdminPage.Guest.class);
    }

    @Test
    void aMemberOutsideTheAdminTeamGetsNoAccessInTheSitesWords() throws Exception {
        assertThat(sort("noaccess.html")).isEqualTo(new AdminPage.NoAccess(new SiteMessage(
                "管理中心(或此项操作)尚未对您开放 您的此次操作已经记录，请勿非法尝试", Kind.NO_PERMISSION)));
    }

    @Test
    void thePanelLockSaysHowManySecondsToWait() throws Exception {
        AdminPage page = sort("locked.html");
        assertThat(page).isInstanceOf(AdminPage.Locked.class);
        SiteMessage m = ((AdminPage.Locked) page).message();
        assertThat(m.text()).startsWith("您的管理面板已经锁定！").contains("请在 1742 秒以后重新访问管理中心。");
        assertThat(m.kind()).isEqualTo(Kind.LOGIN_FAILED);
        assertThat(m.values()).containsEntry("seconds", "1742");
    }

    @Test
    void theAccountLockIsALockWithoutSeconds() throws Exception {
        AdminPage page = sort("user-locked.html");
        assertThat(page).isEqualTo(new AdminPage.Locked(new SiteMessage(
                "由于您的登录密码错误次数过多，本次登录请求已经被拒绝。请 15 分钟后重新尝试。", Kind.LOGIN_FAILED)));
    }

    @Test
    void theMessageBoxIsASuccessWithItsForward() throws Exception {
        AdminPage.Said said = (AdminPage.Said) sort("moderated-one.html");
        assertThat(said.success()).isTrue();
        assertThat(said.message().text()).isEqualTo("审核操作成功，共 1 个评论被通过，0 个评论被忽略，0 个评论被删除");
        assertThat(said.forward()).startsWith("admin.php?action=moderate&operation=articlecomments&page=1");
    }

    @Test
    void aControlCharacterInTheForwardLinkIsPercentEncoded() throws Exception {
        String page = Fixtures.text("admin/moderated-one.html").replace("operation=articlecomments", "operat\u009Eion=x");
        AdminPage.Said said = (AdminPage.Said) AdminPages.of(QUEUE, 200, null, page, StandardCharsets.UTF_8);
        assertThat(said.forward()).contains("operat%C2%9Eion=x").doesNotContain("\u009E");
    }

    @Test
    void theErrorTitleOfTheMessageBoxIsAFailure() throws Exception {
        AdminPage.Said said = (AdminPage.Said) sort("noaccess-action.html");
        assertThat(said.success()).isFalse();
        assertThat(said.message()).isEqualTo(new SiteMessage("抱歉，您无权使用此功能", Kind.NO_PERMISSION));
    }

    @Test
    void aRedirectIsKeptAndOneToTheLoginFormIsAGuest() throws Exception {
        assertThat(AdminPages.of(QUEUE, 302, "admin.php?", "", StandardCharsets.UTF_8))
                .isEqualTo(new AdminPage.Moved("admin.php?"));
        assertThat(AdminPages.of(QUEUE, 302, "member.php?mod=logging&action=login", "", StandardCharsets.UTF_8))
                .isInstanceOf(AdminPage.Guest.class);
    }

    @Test
    void theSystemErrorOfAWrongFormHashIsRecognised() throws Exception {
        AdminPage page = AdminPages.of(QUEUE, 503, null, Fixtures.text("system-error.html"), StandardCharsets.UTF_8);
        assertThat(page).isEqualTo(new AdminPage.SystemError(
                new SiteMessage("您当前的访问请求当中含有非法字符，已经被系统拒绝", Kind.OTHER)));
    }

    @Test
    void theQueueIsContent() throws Exception {
        assertThat(sort("queue.html")).isInstanceOf(AdminPage.Content.class);
    }

    @Test
    void anEmptyPageIsUnexpected() {
        assertThatThrownBy(() -> AdminPages.of(QUEUE, 200, null, "", StandardCharsets.UTF_8))
                .isInstanceOf(UnexpectedPage.class);
    }
}
