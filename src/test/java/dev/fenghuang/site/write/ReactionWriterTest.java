package dev.fenghuang.site.write;

import dev.fenghuang.site.Envelopes;
import dev.fenghuang.site.FakeConnection;
import dev.fenghuang.site.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReactionWriterTest {
    private static final String ARTICLE = "mod=view&aid=1234";
    private static final String CLICK = "ac=click&op=add";
    private static final String OK = "表态成功 " + Envelopes.GUARD_SCRIPT
            + "if(typeof errorhandle_clickhandle=='function') {errorhandle_clickhandle('表态成功 ', "
            + "{'idtype':'aid','id':'1234','clickid':'3'});}setTimeout(\"hideWindow('clickhandle')\", 2000);</script>";

    private final FakeConnection site = new FakeConnection().fixture(ARTICLE, "write/article-reactions.html");

    private PostResult react(String which, String answer) throws Exception {
        site.answer(CLICK, Envelopes.of(answer));
        return LoginFlowTest.account(site).react(1234, which);
    }

    @Test
    void findsTheReactionByTheNameThisSiteGivesItAndCopiesTheLinksHash() throws Exception {
        assertThat(react("送花", OK)).isEqualTo(new PostResult.Posted("表态成功", 3, false));
        FakeConnection.Request get = site.requests().get(1);
        assertThat(get.url()).isEqualTo(Fixtures.SITE + "home.php?mod=spacecp&ac=click&op=add&clickid=3&idtype=aid"
                + "&id=1234&hash=0f1e2d3c4b5a69788796a5b4c3d2e1f0&handlekey=clickhandle&inajax=1");
        assertThat(get.ajax()).isTrue();
        assertThat(get.referer()).isEqualTo(Fixtures.SITE + "portal.php?mod=view&aid=1234");
    }

    @Test
    void takesAPositionAsTheClickidOfThisSitesOrder() throws Exception {
        react("1", OK);
        assertThat(site.requests().get(1).url()).contains("clickid=1&");
    }

    @Test
    void reactingAgainIsRefused() throws Exception {
        assertThat(react("鸡蛋", Envelopes.dialog("clickhandle", "您已表过态", "{}")))
                .isEqualTo(new PostResult.Refused(new SiteMessage("您已表过态", Kind.OTHER)));
    }

    @Test
    void reactingToOnesOwnArticleIsRefused() throws Exception {
        assertThat(react("鸡蛋", Envelopes.dialog("clickhandle", "您不能给自己表态", "{}")))
                .isInstanceOf(PostResult.Refused.class);
    }

    @Test
    void aWrongHashIsRefusedForPermission() throws Exception {
        PostResult result = react("鸡蛋", Envelopes.dialog("clickhandle", "抱歉，您目前没有权限进行表态，<a href=\"home.php?mod="
                + "spacecp&ac=usergroup\" target=\"_blank\">点击这里查看权限</a>", "{}"));
        assertThat(((PostResult.Refused) result).message().kind()).isEqualTo(Kind.NO_PERMISSION);
    }

    @Test
    void aGuestRedirectedToTheLoginFormNeedsToSignIn() throws Exception {
        site.followed(CLICK, Fixtures.SITE + "member.php?mod=logging&action=login&handlekey=clickhandle&infloat=yes"
                + "&inajax=yes&guestmessage=yes", Fixtures.text("write/login-form.xml"));
        assertThat(LoginFlowTest.account(site).react(1234, "路过")).isEqualTo(new PostResult.NeedsLogin(
                new SiteMessage("您需要先登录才能继续本操作", Kind.NO_PERMISSION)));
    }

    @Test
    void anUnknownNameIsRefusedNamingWhatTheSiteOffers() throws Exception {
        PostResult result = LoginFlowTest.account(site).react(1234, "鲜花");
        assertThat(((PostResult.Refused) result).message().text()).contains("1 鸡蛋, 2 路过, 3 送花, 4 握手");
        assertThat(site.requests()).hasSize(1);
    }

    @Test
    void theMapComesFromThePageWithCountsLeftOut() {
        var doc = Fixtures.document("write/article-reactions.html", Fixtures.SITE);
        Map<Integer, org.jsoup.nodes.Element> links = ReactionWriter.links(doc.getElementById("click_div"));
        assertThat(links.keySet()).containsExactly(1, 2, 3, 4);
        assertThat(ReactionWriter.name(links.get(1))).isEqualTo("鸡蛋");
    }
}
