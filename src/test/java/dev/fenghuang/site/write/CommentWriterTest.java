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
import dev.fenghuang.model.UnencodableText;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommentWriterTest {
    private static final String ARTICLE = "mod=view&aid=1234";
    private static final String SUBMIT = "ac=comment";
    private static final String ARTICLE_URL = Fixtures.SITE + "portal.php?mod=view&aid=1234";

    private FakeConnection site = withArticle("write/article-member.html");

    private static FakeConnection withArticle(String fixture) {
        return new FakeConnection().fixture(ARTICLE, fixture);
    }

    private PostResult comment(String text) throws Exception {
        return LoginFlowTest.account(site).comment(1234, text);
    }

    private PostResult answered(String envelope) throws Exception {
        site.answer(SUBMIT, Envelopes.of(envelope));
        return comment("好文好文");
    }

    @Test
    void postsEveryFieldOfTheArticleFormWithTheTextToItsAjaxAction() throws Exception {
        answered(Envelopes.COMMENT_OK);
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE + "portal.php?mod=portalcp&ac=comment&handlekey=cli&inajax=1");
        assertThat(post.names()).containsExactly("message", "portal_referer", "referer", "id", "idtype", "aid",
                "formhash", "replysubmit", "commentsubmit", "commentsubmit_btn");
        assertThat(post.field("formhash")).isEqualTo("5e6f7a8b");
        assertThat(post.field("aid")).isEqualTo("1234");
        assertThat(post.field("referer")).isEqualTo("portal.php?mod=view&aid=1234#comment");
        assertThat(post.field("commentsubmit")).isEqualTo("true");
        assertThat(post.field("message")).isEqualTo("好文好文");
        assertThat(post.referer()).isEqualTo(ARTICLE_URL);
        assertThat(post.charset().name()).isEqualTo("UTF-8");
    }

    @Test
    void encodesTheTextInGbkForAGbkSite() throws Exception {
        Charset gbk = Charset.forName("GBK");
        FakeConnection gbkSite = new FakeConnection(gbk).fixture(ARTICLE, "write/article-member.html")
                .answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        LoginFlowTest.account(gbkSite).comment(1234, "好文——·！");
        FakeConnection.Request post = gbkSite.lastPost();
        assertThat(post.charset()).isEqualTo(gbk);
        assertThat(URLEncoder.encode(post.field("message"), post.charset()))
                .isEqualTo("%BA%C3%CE%C4%A1%AA%A1%AA%A1%A4%A3%A1");
    }

    @Test
    void refusesAnEmojiForAGbkSiteBeforeSending() {
        FakeConnection gbkSite = new FakeConnection(Charset.forName("GBK")).fixture(ARTICLE, "write/article-member.html");
        assertThatThrownBy(() -> LoginFlowTest.account(gbkSite).comment(1234, "好文😀👍😀"))
                .isInstanceOfSatisfying(UnencodableText.class, e -> {
                    assertThat(e.characters()).containsExactly("😀", "👍");
                    assertThat(e.charset()).isEqualTo("GBK");
                });
        assertThat(gbkSite.posts()).isEmpty();
    }

    /** The article as it was before the comments {@code cids} were posted, then as the fixture shows it. */
    private static FakeConnection postedLater(long... cids) {
        String page = Fixtures.text("write/article-member.html");
        for (long cid : cids) {
            page = page.replaceAll("(?s)<dl id=\"comment_" + cid + "_li\".*?</dl>", "");
        }
        return new FakeConnection().answer(ARTICLE, page).fixture(ARTICLE, "write/article-member.html");
    }

    @Test
    void aSuccessIsPostedWithTheIdOfTheCommentReadBack() throws Exception {
        site = postedLater(10, 11, 12);
        site.answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        assertThat(comment("[quote]reader2: 第一条[/quote]\n好文")).isEqualTo(new PostResult.Posted("操作成功", 10, false));
    }

    @Test
    void aHeldCommentIsPostedAsPendingBecauseTheAuthorSeesItMarked() throws Exception {
        site = postedLater(12);
        site.answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        assertThat(comment("这篇文章写得很好\n谢谢分享")).isEqualTo(new PostResult.Posted("操作成功", 12, true));
    }

    @Test
    void anOlderCommentOfTheSameTextIsNotTakenForTheNewOne() throws Exception {
        site.answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        assertThat(comment("这篇文章写得很好\n谢谢分享")).isEqualTo(new PostResult.Posted("操作成功", 0, false));
    }

    @Test
    void tellsTheNewestCommentIdOnThePageRightBeforeTheCommentLeaves() throws Exception {
        site.answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        java.util.List<String> seen = new java.util.ArrayList<>();
        LoginFlowTest.account(site).comment(1234, "好文好文", null,
                newest -> seen.add(newest + " after " + site.posts().size() + " posts"));
        assertThat(seen).containsExactly("12 after 0 posts");
    }

    @Test
    void aSuccessThatCannotBeReadBackIsStillPosted() throws Exception {
        site.answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        assertThat(comment("别的文字")).isEqualTo(new PostResult.Posted("操作成功", 0, false));
    }

    @Test
    void tooShortArrivesAsASucceedCallButIsRefused() throws Exception {
        assertThat(answered(Envelopes.COMMENT_TOO_SHORT)).isEqualTo(new PostResult.Refused(
                new SiteMessage("抱歉，输入的内容不能少于 2 个字符", Kind.OTHER)));
    }

    @Test
    void floodControlIsTooFastWithTheWait() throws Exception {
        assertThat(answered(Envelopes.COMMENT_FLOOD)).isEqualTo(new PostResult.Refused(
                new SiteMessage("抱歉，两次发布操作太快，请等待 15 秒再试", Kind.TOO_FAST, Map.of("waittime", "15"))));
    }

    @Test
    void aGuestIsAskedToSignIn() throws Exception {
        site = withArticle("write/article-guest.html");
        PostResult result = answered(Envelopes.COMMENT_GUEST);
        assertThat(result).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(((PostResult.NeedsLogin) result).message().text()).isEqualTo("抱歉，您所在的用户组(游客)无法进行此操作");
    }

    @Test
    void aSessionThatEndedIsNoticedBeforePosting() throws Exception {
        FakeConnection expired = new FakeConnection().fixture(ARTICLE, "write/article-guest.html")
                .cookie("Ab3x_2132_auth", "abc%2Bdef");
        assertThat(LoginFlowTest.account(expired).comment(1234, "好文")).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(expired.posts()).isEmpty();
    }

    @Test
    void aStaleFormHashGetsOneFreshFormAndSucceeds() throws Exception {
        site.answer(SUBMIT, Envelopes.of(Envelopes.SUBMIT_INVALID)).answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        assertThat(comment("好文").accepted()).isTrue();
        assertThat(site.posts()).hasSize(2);
        assertThat(site.requests().stream().filter(r -> r.url().endsWith(ARTICLE))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aFormHashRefusedTwiceNeedsASignIn() throws Exception {
        PostResult result = answered(Envelopes.SUBMIT_INVALID);
        assertThat(result).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(site.posts()).hasSize(2);
    }

    @Test
    void theSystemErrorPageOfAWrongFormHashNeedsASignInAndThrowsNothing() throws Exception {
        site.answer(SUBMIT, 503, Fixtures.text("system-error.html"));
        PostResult result = comment("好文");
        assertThat(result).isEqualTo(new PostResult.NeedsLogin(
                new SiteMessage("您当前的访问请求当中含有非法字符，已经被系统拒绝", Kind.OTHER)));
    }

    @Test
    void aCaptchaDemandedBringsTheImageAndTheNextCallAnswersIt() throws Exception {
        site.image("mod=seccode", LoginFlowTest.PNG).answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_CAPTCHA))
                .answer(SUBMIT, Envelopes.of(Envelopes.COMMENT_OK));
        DiscuzAccount account = LoginFlowTest.account(site);
        PostResult.NeedsCaptcha needs = (PostResult.NeedsCaptcha) account.comment(1234, "好文");
        assertThat(needs.message().text()).isEqualTo("抱歉，验证码填写错误");
        account.comment(1234, "好文", "CKBW");
        assertThat(site.lastPost().field("seccodehash")).isEqualTo(needs.captcha().hash());
        assertThat(site.lastPost().field("seccodeverify")).isEqualTo("CKBW");
        assertThat(site.lastPost().field("seccodemodid")).isEqualTo("portal::portalcp");
    }

    @Test
    void aBannedWordIsRefused() throws Exception {
        assertThat(answered(Envelopes.COMMENT_BANNED_WORD)).isInstanceOf(PostResult.Refused.class);
    }

    @Test
    void anArticleWithoutTheFormHasCommentsClosed() throws Exception {
        site = withArticle("write/article-no-comments.html");
        assertThat(comment("好文")).isEqualTo(new PostResult.Refused(new SiteMessage("该文章不允许评论", Kind.CLOSED)));
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void aMissingArticleIsRefusedInTheSitesWords() throws Exception {
        site = new FakeConnection().answer(ARTICLE, 404, Fixtures.text("message-article-missing.html"));
        assertThat(comment("好文")).isEqualTo(new PostResult.Refused(
                new SiteMessage("抱歉，您指定要查看的文章不存在或正在审核", Kind.NOT_FOUND)));
    }

    @Test
    void anAnswerThatIsNoMessageIsAnUnexpectedPage() {
        site.answer(SUBMIT, Fixtures.text("not-discuz.html"));
        assertThatThrownBy(() -> comment("好文")).isInstanceOf(UnexpectedPage.class);
    }
}
