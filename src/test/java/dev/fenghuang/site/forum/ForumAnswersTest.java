package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.site.write.Replies;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The forum's inajax answers as the protocol reference quotes them (1.7.5, 4.4, 4.5, 4.6). */
class ForumAnswersTest {
    private static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";

    static String envelope(String fragment) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<root><![CDATA[" + fragment + "]]></root>";
    }

    static String succeed(String key, String url, String text, String values) {
        return SCRIPT + "if(typeof succeedhandle_" + key + "=='function') {succeedhandle_" + key + "('" + url + "', '"
                + text + "', " + values + ");}</script>";
    }

    static String error(String key, String text, String values) {
        return text + SCRIPT + "if(typeof errorhandle_" + key + "=='function') {errorhandle_" + key + "('" + text
                + "', " + values + ");}</script>";
    }

    private static ForumWrite answer(String fragment) throws Exception {
        URI url = URI.create("http://forum.example/forum.php?mod=post&action=reply&inajax=1");
        WebPage page = new WebPage(url, url, 200, "text/xml", StandardCharsets.UTF_8, true, envelope(fragment));
        return ForumAnswers.of(Replies.of(page), url.toString());
    }

    @Test
    void aFastReplyGivesFidTidAndPid() throws Exception {
        ForumWrite w = answer(succeed("fastpost", "forum.php?mod=viewthread&tid=2&pid=14&page=1&extra=#pid14",
                "非常感谢，回复发布成功，现在将转入主题页，请稍候……[ 点击这里转入主题列表 ]",
                "{'fid':'2','tid':'2','pid':'14','from':'','sechash':''}"));
        assertThat(w.result()).isInstanceOf(PostResult.Posted.class);
        assertThat(w.pending()).isFalse();
        assertThat(w.fid()).isEqualTo(2);
        assertThat(w.tid()).isEqualTo(2);
        assertThat(w.pid()).isEqualTo(14);
    }

    @Test
    void aHeldReplyLooksLikeSuccessButIsPending() throws Exception {
        ForumWrite w = answer(succeed("fastpost", "forum.php?mod=viewthread&tid=51", "回复需要审核，请等待通过",
                "{'fid':'2','tid':'51','pid':'292','from':'','sechash':'','reply_mod':'1'}"));
        assertThat(w.accepted()).isTrue();
        assertThat(w.pending()).isTrue();
        assertThat(w.pid()).isEqualTo(292);
    }

    @Test
    void aHeldThreadIsToldByItsTextAlone() throws Exception {
        ForumWrite w = answer(succeed("fastnewpost", "forum.php?mod=viewthread&tid=80&extra=",
                "新主题需要审核，您的帖子通过审核后才能显示", "{'fid':'2','tid':'80','pid':'287','coverimg':'','sechash':''}"));
        assertThat(w.pending()).isTrue();
        assertThat(w.tid()).isEqualTo(80);
    }

    @Test
    void floodControlIsTooFastWithTheWait() throws Exception {
        ForumWrite w = answer(error("fastpost", "抱歉，您两次发表间隔少于 15 秒，请稍候再发表", "{'floodctrl':'15'}"));
        PostResult.Refused r = (PostResult.Refused) w.result();
        assertThat(r.message().kind()).isEqualTo(Kind.TOO_FAST);
        assertThat(r.message().values()).containsEntry("waittime", "15");
    }

    @Test
    void aClosedThreadIsRefusedAsClosed() throws Exception {
        ForumWrite w = answer(error("fastpost", "抱歉，本主题已关闭，不再接受新内容", "{}"));
        assertThat(((PostResult.Refused) w.result()).message().kind()).isEqualTo(Kind.CLOSED);
    }

    @Test
    void aTooShortMessageIsRefusedInTheSitesWords() throws Exception {
        ForumWrite w = answer(error("fastnewpost", "抱歉，您的帖子小于 10 个字符的限制",
                "{'minpostsize':'10','maxpostsize':'10000'}"));
        assertThat(((PostResult.Refused) w.result()).message().text()).isEqualTo("抱歉，您的帖子小于 10 个字符的限制");
    }

    @Test
    void aStaleFormHashNeedsASignIn() throws Exception {
        ForumWrite w = answer(error("fastpost", "抱歉，您的请求来路不正确或表单验证串不符，无法提交", "{}"));
        assertThat(w.result()).isInstanceOf(PostResult.NeedsLogin.class);
    }

    @Test
    void aGuestNeedsASignIn() throws Exception {
        ForumWrite w = answer(error("fastpost", "抱歉，您尚未登录，没有权限在该版块回帖", "{}"));
        assertThat(w.result()).isInstanceOf(PostResult.NeedsLogin.class);
    }

    @Test
    void aHeldEditIsPending() throws Exception {
        ForumWrite w = answer(succeed("editpost", "forum.php?mod=viewthread&tid=51", "编辑后的回复需要审核，请等待审核通过",
                "{}"));
        assertThat(w.pending()).isTrue();
    }

    /** delete=1 answered with an edit's success (post_edit_succeed): not deleted, and told so, not as the site's no. */
    @Test
    void anEditSuccessAfterDeleteIsNotADeletion() throws Exception {
        URI url = URI.create("http://forum.example/forum.php?mod=post&action=edit&editsubmit=yes&inajax=1");
        WebPage page = new WebPage(url, url, 200, "text/xml", StandardCharsets.UTF_8, true, envelope(succeed(
                "editpost", "forum.php?mod=viewthread&tid=156", "帖子编辑成功，现在将转入主题页，请稍候",
                "{'fid':'2','tid':'156','pid':'1072'}")));
        ForumWrite w = ForumAnswers.deleted(Replies.of(page), url.toString());
        assertThat(w.result()).isInstanceOfSatisfying(PostResult.Refused.class, r -> {
            assertThat(r.message().text()).isEqualTo("post_edit_not_deleted");
            assertThat(r.message().values()).containsEntry("said", "帖子编辑成功，现在将转入主题页，请稍候");
        });
    }
}
