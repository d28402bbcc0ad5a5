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
import org.junit.jupiter.api.Test;

class FavoriteWriterTest {
    private static final String DIALOG = "type=article&id=1234&handlekey";
    private static final String ADD = "type=article&id=1234&spaceuid=0";
    private static final String DELETE_DIALOG = "op=delete&favid=2&handlekey";
    private static final String DELETE = "op=delete&favid=2&type=all";
    private static final String ADDED = Envelopes.succeed("favoritearticlehk_1234",
            "http://portal.example/portal.php?mod=view&aid=1234", "信息收藏成功 ", "{'id':'1234','favid':'7'}")
            .replace("</script>", "hideWindow('favoritearticlehk_1234');showDialog('信息收藏成功 ', 'right', null, null, 0,"
                    + " null, null, null, null, 2, null);</script>");
    private static final String DELETED = Envelopes.succeed("a_delete_2", "home.php?mod=space&uid=3&do=favorite&view=me"
            + "&type=all&quickforward=1", "操作成功 ", "{'favid':'2','id':'5'}");

    private final FakeConnection site = new FakeConnection();

    private DiscuzAccount account() {
        return LoginFlowTest.account(site);
    }

    @Test
    void addsThroughTheDialogsFormAndGivesTheFavid() throws Exception {
        site.fixture(DIALOG, "write/favorite-dialog.xml").answer(ADD, Envelopes.of(ADDED));
        assertThat(account().favorite(1234)).isEqualTo(new PostResult.Posted("信息收藏成功", 7, false));
        FakeConnection.Request dialog = site.requests().get(0);
        assertThat(dialog.url()).isEqualTo(Fixtures.SITE + "home.php?mod=spacecp&ac=favorite&type=article&id=1234"
                + "&handlekey=favoritearticlehk_1234&inajax=1");
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE
                + "home.php?mod=spacecp&ac=favorite&type=article&id=1234&spaceuid=0&inajax=1");
        assertThat(post.names()).containsExactly("description", "referer", "favoritesubmit", "formhash", "handlekey",
                "favoritesubmit_btn");
        assertThat(post.field("favoritesubmit")).isEqualTo("true");
        assertThat(post.referer()).isEqualTo(Fixtures.SITE + "portal.php?mod=view&aid=1234");
    }

    @Test
    void aRepeatIsRefusedByTheDialog() throws Exception {
        site.answer(DIALOG, Envelopes.of(Envelopes.dialog("favoritearticlehk_1234", "抱歉，您已收藏，请勿重复收藏", "{}")));
        assertThat(account().favorite(1234)).isEqualTo(
                new PostResult.Refused(new SiteMessage("抱歉，您已收藏，请勿重复收藏", Kind.ALREADY_DONE)));
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void favouritesSwitchedOffAreRefusedAsClosed() throws Exception {
        site.answer(DIALOG, Envelopes.of(Envelopes.dialog("favoritearticlehk_1234", "抱歉，收藏功能尚未开启", "{}")));
        assertThat(((PostResult.Refused) account().favorite(1234)).message().kind()).isEqualTo(Kind.CLOSED);
    }

    @Test
    void aGuestSentToTheLoginFormNeedsToSignIn() throws Exception {
        site.followed(DIALOG, Fixtures.SITE + "member.php?mod=logging&action=login&handlekey=favoritearticlehk_1234"
                + "&infloat=yes&inajax=yes&guestmessage=yes", Fixtures.text("write/login-form.xml"));
        assertThat(account().favorite(1234)).isInstanceOf(PostResult.NeedsLogin.class);
    }

    @Test
    void removesThroughTheConfirmDialog() throws Exception {
        site.fixture(DELETE_DIALOG, "write/favorite-delete-dialog.xml").answer(DELETE, Envelopes.of(DELETED));
        assertThat(account().unfavorite(2)).isEqualTo(new PostResult.Posted("操作成功", 2, false));
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(Fixtures.SITE
                + "home.php?mod=spacecp&ac=favorite&op=delete&favid=2&type=all&inajax=1");
        assertThat(post.field("deletesubmit")).isEqualTo("true");
        assertThat(post.field("formhash")).isEqualTo("5e6f7a8b");
    }

    @Test
    void removingOneThatIsGoneIsRefusedAsNotFound() throws Exception {
        site.answer(DELETE_DIALOG, Envelopes.of(Envelopes.dialog("a_delete_2", "抱歉，您指定的收藏不存在", "{}")));
        assertThat(account().unfavorite(2)).isEqualTo(
                new PostResult.Refused(new SiteMessage("抱歉，您指定的收藏不存在", Kind.NOT_FOUND)));
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void theListOfAGuestIsRefusedInTheSitesWords() {
        site.fixture("do=favorite", "message-login.html");
        assertThatThrownBy(() -> account().favorites(1)).isInstanceOf(SiteRefused.class)
                .hasMessage("请先登录后才能继续浏览");
    }
}
