package dev.fenghuang.site.write;

import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.Envelopes;
import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnencodableText;
import java.nio.charset.Charset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommentEditorTest {
    private static final String EDIT = "op=edit&cid=10";
    private static final String DELETE = "op=delete&cid=10";
    private static final String DONE_EDIT = Envelopes.of(Envelopes.succeed("c_10_edit",
            "http://portal.example/portal.php?mod=view&aid=1234", "操作成功 ", "{}"));
    private static final String DONE_DELETE = Envelopes.of(Envelopes.succeed("delcommenthk_10",
            "http://portal.example/portal.php?mod=view&aid=1234", "操作成功 ", "{}"));

    private final FakeConnection site = new FakeConnection();

    private DiscuzAccount account() {
        return LoginFlowTest.account(site);
    }

    @Test
    void quoteGivesTheSitesQuoteWithoutTheBlankLinesAfterIt() throws Exception {
        site.answer("op=requote", Envelopes.of("[quote]reader1: 好文 &amp; 好图[/quote]\n\n"));
        assertThat(account().quote(10)).isEqualTo("[quote]reader1: 好文 & 好图[/quote]");
        FakeConnection.Request get = site.requests().get(0);
        assertThat(get.url()).isEqualTo(Fixtures.SITE + "portal.php?mod=portalcp&ac=comment&op=requote&cid=10&aid=&inajax=1");
        assertThat(get.ajax()).isTrue();
    }

    @Test
    void quoteOfAMessageThrowsTheSitesWords() {
        site.answer("op=requote", Envelopes.of(Envelopes.dialog("", "抱歉，您要编辑的评论不存在", "{}")));
        assertThatThrownBy(() -> account().quote(10)).isInstanceOf(SiteRefused.class).hasMessage("抱歉，您要编辑的评论不存在");
    }

    @Test
    void editPostsTheDialogsFormWithTheNewText() throws Exception {
        site.fixture(EDIT + "&handlekey", "write/comment-edit-form.xml").answer(EDIT + "&inajax", DONE_EDIT);
        PostResult result = account().editComment(10, "好文，改过");
        assertThat(result).isEqualTo(new PostResult.Posted("操作成功", 10, false));
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE + "portal.php?mod=portalcp&ac=comment&op=edit&cid=10&inajax=1");
        assertThat(post.names()).containsExactly("referer", "editsubmit", "handlekey", "formhash", "message",
                "editsubmit_btn");
        assertThat(post.field("message")).isEqualTo("好文，改过");
        assertThat(post.field("formhash")).isEqualTo("5e6f7a8b");
    }

    @Test
    void editingSomeoneElsesCommentIsRefusedForTheGroup() throws Exception {
        site.answer(EDIT, Envelopes.of(Envelopes.dialog("c_10_edit", "抱歉，您所在的用户组(新手上路)无法进行此操作",
                "{'grouptitle':'新手上路'}")));
        assertThat(account().editComment(10, "x")).isEqualTo(new PostResult.Refused(new SiteMessage(
                "抱歉，您所在的用户组(新手上路)无法进行此操作", Kind.NO_PERMISSION, Map.of("grouptitle", "新手上路"))));
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void editingAMissingCommentIsRefusedAsNotFound() throws Exception {
        site.answer(EDIT, Envelopes.of(Envelopes.dialog("c_10_edit", "抱歉，您要编辑的评论不存在", "{}")));
        assertThat(account().editComment(10, "x")).isEqualTo(
                new PostResult.Refused(new SiteMessage("抱歉，您要编辑的评论不存在", Kind.NOT_FOUND)));
    }

    @Test
    void editRefusesAnEmojiForAGbkSite() {
        FakeConnection gbk = new FakeConnection(Charset.forName("GBK"))
                .fixture(EDIT, "write/comment-edit-form.xml");
        assertThatThrownBy(() -> LoginFlowTest.account(gbk).editComment(10, "好😀")).isInstanceOf(UnencodableText.class);
        assertThat(gbk.posts()).isEmpty();
    }

    @Test
    void deletePostsTheConfirmForm() throws Exception {
        site.fixture(DELETE + "&handlekey", "write/comment-delete-form.xml").answer(DELETE + "&inajax", DONE_DELETE);
        assertThat(account().deleteComment(10)).isEqualTo(new PostResult.Posted("操作成功", 10, false));
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE + "portal.php?mod=portalcp&ac=comment&op=delete&cid=10&inajax=1");
        assertThat(post.field("deletesubmit")).isEqualTo("true");
        assertThat(post.field("formhash")).isEqualTo("5e6f7a8b");
    }

    @Test
    void deletingAMissingCommentIsRefusedAsNotFound() throws Exception {
        site.answer(DELETE, Envelopes.of(Envelopes.dialog("delcommenthk_10", "抱歉，您要删除的评论不存在", "{}")));
        assertThat(account().deleteComment(10)).isEqualTo(
                new PostResult.Refused(new SiteMessage("抱歉，您要删除的评论不存在", Kind.NOT_FOUND)));
    }

    @Test
    void aGuestSentToTheLoginFormNeedsToSignIn() throws Exception {
        site.followed(DELETE, Fixtures.SITE + "member.php?mod=logging&action=login&handlekey=delcommenthk_10"
                + "&infloat=yes&inajax=yes&guestmessage=yes", Fixtures.text("write/login-form.xml"));
        assertThat(account().deleteComment(10)).isInstanceOf(PostResult.NeedsLogin.class);
    }
}
