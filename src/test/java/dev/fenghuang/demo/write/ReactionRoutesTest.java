package dev.fenghuang.demo.write;

import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class ReactionRoutesTest {
    private static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";

    private static String link(int aid, int k, String hash, String handlekey) {
        return "home.php?mod=spacecp&ac=click&op=add&clickid=" + k + "&idtype=aid&id=" + aid + "&hash=" + hash
                + "&handlekey=clickhandle&infloat=yes&handlekey=" + handlekey + "&inajax=1";
    }

    private static String hash(DemoPortal portal, int aid) {
        String html = new Browser(portal).get("portal.php?mod=view&aid=" + aid).text();
        return html.replaceAll("(?s).*?&amp;hash=([0-9a-f]{32})&amp;.*", "$1");
    }

    @Test
    void aReactionSucceedsThroughErrorhandleAndCountsOnThePage() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            Fetch.Page page = reader.get(link(1, 1, hash(portal, 1), "click_aid_1_1"));
            assertThat(page.text()).isEqualTo(LoginRoutesTest.envelope("utf-8", "表态成功 " + SCRIPT
                    + "if(typeof errorhandle_click_aid_1_1=='function') {errorhandle_click_aid_1_1('表态成功 ', "
                    + "{'idtype':'aid','id':'1','clickid':'1'});}setTimeout(\"hideWindow('click_aid_1_1')\", 2000);"
                    + "</script>"));
            String html = new Browser(portal).get("portal.php?mod=view&aid=1").text();
            assertThat(html).contains("id=\"click_aid_1_1\" onclick=\"showWindow(this.id, this.href);doane(event);\">\n"
                    + "<div class=\"atdc\">\n<div class=\"ac3\" style=\"height:50px;\">\n<em>1</em>\n</div>\n</div>\n"
                    + "<img src=\"static/image/click/xianhua.gif\" alt=\"\" /><br />鲜花</a>");
            assertThat(html).contains("刚表态过的朋友 (<a href=\"javascript:;\" onclick=\"show_click('aid', '1', '5')\">"
                    + "1 人</a>)").contains("title=\"鲜花\"><img src=\"" + portal.baseUrl() + "uc_server/avatar.php?uid=12");
        }
    }

    @Test
    void aSecondReactionToTheSameArticleIsTheClickHaveDialog() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            String hash = hash(portal, 1);
            reader.get(link(1, 1, hash, "click_aid_1_1"));
            assertThat(reader.get(link(1, 2, hash, "click_aid_1_1")).text()).isEqualTo(LoginRoutesTest.envelope(
                    "utf-8", "<h3 class=\"flb\"><em>提示信息</em><span><a href=\"javascript:;\" class=\"flbc\" "
                    + "onclick=\"hideWindow('click_aid_1_1');\" title=\"关闭\">关闭</a></span></h3>\n<div class=\"c altw\">"
                    + "\n<div class=\"alert_error\">您已表过态" + SCRIPT + "if(typeof errorhandle_click_aid_1_1=="
                    + "'function') {errorhandle_click_aid_1_1('您已表过态', {});}</script></div>\n</div>\n<p class=\"o pns\">"
                    + "\n<button type=\"button\" class=\"pn pnc\" id=\"closebtn\" onclick=\"hideWindow('click_aid_1_1');\">"
                    + "<strong>确定</strong></button>\n" + SCRIPT + "if($('closebtn')) {$('closebtn').focus();}</script>\n"
                    + "</p>\n"));
        }
    }

    @Test
    void withAjaxmenuAnErrorIsTextAndScript() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            String hash = hash(portal, 1);
            reader.get(link(1, 1, hash, "clickhandle"));
            assertThat(reader.get("home.php?mod=spacecp&ac=click&op=add&clickid=1&idtype=aid&id=1&hash=" + hash
                    + "&handlekey=clickhandle&inajax=1&ajaxmenu=1").text())
                    .isEqualTo(LoginRoutesTest.envelope("utf-8", "您已表过态" + SCRIPT + "if(typeof "
                            + "errorhandle_clickhandle=='function') {errorhandle_clickhandle('您已表过态', {});}</script>"));
        }
    }

    @Test
    void theAuthorCannotReactToTheirOwnArticle() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(Browser.loggedIn(portal, "归来", "guilai123").get(link(1, 1, hash(portal, 1), "k")).text())
                    .contains("<div class=\"alert_error\">您不能给自己表态");
        }
    }

    @Test
    void aWrongHashHasNoPrivilegeAndAWrongClickidIsAClickError() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            assertThat(reader.get(link(1, 1, "0".repeat(32), "k")).text()).contains("抱歉，您目前没有权限进行表态，"
                    + "<a href=\"home.php?mod=spacecp&ac=usergroup\" target=\"_blank\">点击这里查看权限</a>"
                    + SCRIPT + "if(typeof errorhandle_k=='function') {errorhandle_k('抱歉，您目前没有权限进行表态，点击这里查看权限', {});}");
            assertThat(reader.get(link(1, 9, hash(portal, 1), "k")).text()).contains("抱歉，您尚未进行正常的表态操作");
            assertThat(reader.get(link(999, 1, hash(portal, 1), "k")).text()).contains("要表态的对象不存在");
        }
    }

    @Test
    void aGuestIsAnEmpty302ToTheAjaxLoginForm() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Fetch.Page page = new Browser(portal).get(link(1, 1, hash(portal, 1), "click_aid_1_1"));
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("location")).isEqualTo("member.php?mod=logging&action=login&handlekey=click_aid_1_1"
                    + "&infloat=yes&inajax=yes&guestmessage=yes");
            assertThat(page.bytes()).isEmpty();
            assertThat(page.cookies()).anyMatch(c -> c.startsWith(portal.cookiePrefix() + "_refer="));
        }
    }

    @Test
    void showIsForMembersAndReturnsTheFreshTable() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String show = "home.php?mod=spacecp&ac=click&op=show&clickid=1&idtype=aid&id=1&inajax=1";
            Fetch.Page guest = new Browser(portal).get(show);
            assertThat(guest.status()).isEqualTo(302);
            assertThat(guest.header("location")).contains("handlekey=&infloat=yes");
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            reader.get(link(1, 4, hash(portal, 1), "k"));
            assertThat(reader.get(show).text()).contains("<table cellpadding=\"0\" cellspacing=\"0\" class=\"atd\">")
                    .contains("<em>1</em>\n</div>\n</div>\n<img src=\"static/image/click/luguo.gif\"");
        }
    }

    @Test
    void aGbkSiteAnswersTheSameTextsInGbk() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            Fetch.Page page = Browser.loggedIn(portal, "reader1", "reader123").get(link(1, 2, hash(portal, 1), "k"));
            assertThat(page.header("content-type")).isEqualTo("text/xml; charset=gbk");
            assertThat(page.text(Charset.forName("GBK"))).startsWith("<?xml version=\"1.0\" encoding=\"gbk\"?>\r\n"
                    + "<root><![CDATA[表态成功 ").contains("{'idtype':'aid','id':'1','clickid':'2'}");
        }
    }

    @Test
    void aDroppedReactionAnswerStillCountsOnce() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            String hash = hash(portal, 1);
            portal.inject(Fault.DROP_AFTER_WRITE);
            assertThat(reader.get("portal.php?mod=view&aid=1").status()).isEqualTo(200);
            assertThat(reader.raw(link(1, 1, hash, "k"))).isEmpty();
            assertThat(reader.get(link(1, 1, hash, "k")).text()).contains("您已表过态");
            portal.clearFaults();
            assertThat(reader.get("portal.php?mod=view&aid=1").text()).contains("<em>1</em>");
        }
    }
}
