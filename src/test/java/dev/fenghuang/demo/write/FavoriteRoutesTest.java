package dev.fenghuang.demo.write;

import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

public class FavoriteRoutesTest {
    private static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";
    private static final String DIALOG = "home.php?mod=spacecp&ac=favorite&type=article&id=1"
            + "&handlekey=favoritearticlehk_1&infloat=yes&handlekey=a_favorite&inajax=1";

    public static Fetch.Page favorite(Browser browser, int aid, String description) {
        return browser.post("home.php?mod=spacecp&ac=favorite&type=article&id=" + aid + "&spaceuid=0&inajax=1",
                "referer", browser.portalUrl() + "portal.php?mod=view&aid=" + aid, "favoritesubmit", "true",
                "formhash", browser.formhash(), "handlekey", "a_favorite", "description", description);
    }

    @Test
    void theDialogIsAFormWithTheKeeperCountAndCrLfLines() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            String text = reader.get(DIALOG).text();
            assertThat(text).contains("<em id=\"return_a_favorite\">收藏</em>\r\n")
                    .contains("<form method=\"post\" autocomplete=\"off\" id=\"favoriteform_1\" name=\"favoriteform_1\" "
                            + "action=\"home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id=1&amp;spaceuid=0\"")
                    .contains("已有 <b>0</b> 人收藏").contains("<textarea id=\"general_1\" name=\"description\"")
                    .contains("name=\"favoritesubmit\" value=\"true\"").contains("name=\"referer\" value=\""
                            + portal.baseUrl() + "./\"").contains("function succeedhandle_a_favorite(");
        }
    }

    @Test
    void addingAnswersTheIdAndFavidAndARepeatIsRefused() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            String site = portal.baseUrl().toString();
            assertThat(favorite(reader, 1, "").text()).isEqualTo(LoginRoutesTest.envelope("utf-8", SCRIPT
                    + "if(typeof succeedhandle_a_favorite=='function') {succeedhandle_a_favorite('" + site
                    + "portal.php?mod=view&aid=1', '信息收藏成功 ', {'id':'1','favid':'1'});}hideWindow('a_favorite');"
                    + "showDialog('信息收藏成功 ', 'right', null, null, 0, null, null, null, null, 2, null);</script>"));
            assertThat(reader.get(DIALOG).text()).contains("<div class=\"alert_error\">抱歉，您已收藏，请勿重复收藏"
                    + SCRIPT + "if(typeof errorhandle_a_favorite=='function') {errorhandle_a_favorite('抱歉，您已收藏，"
                    + "请勿重复收藏', {});}</script></div>");
            assertThat(favorite(reader, 1, "").text()).contains("抱歉，您已收藏，请勿重复收藏<script");
            assertThat(Browser.loggedIn(portal, "admin", "admin123").get(DIALOG).text()).contains("已有 <b>1</b> 人收藏");
        }
    }

    @Test
    void deletingAsksUnderTheTitleQuxiaoShoucangThenForwardsToTheList() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            favorite(reader, 5, "");
            favorite(reader, 1, "");
            String confirm = reader.get("home.php?mod=spacecp&ac=favorite&op=delete&favid=2&infloat=yes"
                    + "&handlekey=a_delete_2&inajax=1", "Referer", portal.baseUrl() + "home.php?mod=space&do=favorite"
                    + "&view=me").text();
            assertThat(confirm).contains("<em id=\"return_a_delete_2\">取消收藏</em>")
                    .contains("<form id=\"favoriteform_2\" name=\"favoriteform_2\" method=\"post\" autocomplete=\"off\" "
                            + "action=\"home.php?mod=spacecp&amp;ac=favorite&amp;op=delete&amp;favid=2&amp;type=all\"")
                    .contains("name=\"deletesubmit\" value=\"true\"").contains("<div class=\"c\">您确定要删除此收藏吗？</div>")
                    .contains("name=\"deletesubmitbtn\"");
            String list = "home.php?mod=space&uid=12&do=favorite&view=me&type=all&quickforward=1";
            assertThat(reader.post("home.php?mod=spacecp&ac=favorite&op=delete&favid=2&type=all&inajax=1",
                    "referer", "x", "deletesubmit", "true", "formhash", reader.formhash(), "handlekey", "a_delete_2")
                    .text()).isEqualTo(LoginRoutesTest.envelope("utf-8", SCRIPT + "if(typeof succeedhandle_a_delete_2"
                    + "=='function') {succeedhandle_a_delete_2('" + list + "', '操作成功 ', {'favid':'2','id':'1'});}"
                    + "hideWindow('a_delete_2');showDialog('操作成功 ', 'right', null, function () { window.location."
                    + "href ='" + list + "'; }, 0, null, null, null, null, 2, 3);</script>"));
            assertThat(reader.get("home.php?mod=spacecp&ac=favorite&op=delete&favid=2&handlekey=a_delete_2&inajax=1")
                    .text()).contains("<div class=\"alert_error\">抱歉，您指定的收藏不存在" + SCRIPT
                    + "if(typeof errorhandle_a_delete_2=='function') {errorhandle_a_delete_2('抱歉，您指定的收藏不存在', {});}");
        }
    }

    @Test
    void someoneElsesFavidDoesNotExistForYou() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            favorite(Browser.loggedIn(portal, "reader1", "reader123"), 1, "");
            assertThat(Browser.loggedIn(portal, "admin", "admin123").get("home.php?mod=spacecp&ac=favorite&op=delete"
                    + "&favid=1&inajax=1").text()).contains("抱歉，您指定的收藏不存在");
        }
    }

    @Test
    void aPlainDeleteIsA301ToTheList() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            favorite(reader, 1, "");
            Fetch.Page page = reader.post("home.php?mod=spacecp&ac=favorite&op=delete&favid=1&type=article",
                    "deletesubmit", "true", "formhash", reader.formhash());
            assertThat(page.status()).isEqualTo(301);
            assertThat(page.header("location"))
                    .isEqualTo("home.php?mod=space&uid=12&do=favorite&view=me&type=article&quickforward=1");
        }
    }

    @Test
    void aGuestIsSentToLogIn() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Fetch.Page page = new Browser(portal).get(DIALOG);
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("location")).isEqualTo("member.php?mod=logging&action=login&handlekey=a_favorite"
                    + "&infloat=yes&inajax=yes&guestmessage=yes");
        }
    }

    @Test
    void withFavouritesOffEveryRequestSaysSoAndArticlesHaveNoLink() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().favoritesOff(true).build())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            assertThat(reader.get(DIALOG).text()).contains("<div class=\"alert_error\">抱歉，收藏功能尚未开启");
            assertThat(reader.get("portal.php?mod=view&aid=1").text()).contains("<div class=\"o cl ptm pbm\">\n</div>")
                    .doesNotContain("id=\"a_favorite\"");
        }
    }

    @Test
    void aGbkDescriptionIsStoredAndShownInTheList() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            Charset gbk = Charset.forName("GBK");
            assertThat(favorite(reader, 1, "渠县——好文·收藏").text(gbk)).contains("信息收藏成功 ");
            assertThat(reader.get("home.php?mod=space&do=favorite&view=me&type=article").text(gbk))
                    .contains("<blockquote id=\"quote_preview\">渠县——好文·收藏</blockquote>");
        }
    }
}
