package dev.fenghuang.demo.write;

import dev.fenghuang.demo.Browser;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fetch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommentRoutesTest {
    private static final String POST = "portal.php?mod=portalcp&ac=comment&inajax=1";
    private static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";
    private static final Charset GBK = Charset.forName("GBK");

    private static Fetch.Page comment(Browser browser, int aid, String message) {
        return browser.post(POST, "message", message, "referer", "portal.php?mod=view&aid=" + aid + "#comment",
                "aid", String.valueOf(aid), "formhash", browser.formhash(), "commentsubmit", "true");
    }

    private static String error(String text, String values) {
        return LoginRoutesTest.envelope("utf-8", text + SCRIPT + "if(typeof errorhandle_=='function') {errorhandle_('"
                + text + "', " + values + ");}</script>");
    }

    @Test
    void aCommentIsAnsweredWithTheRefererVerbatimAndShownOnTheArticle() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            Fetch.Page page = comment(reader, 1, "写得好\n第二行 [b]粗[/b]");
            assertThat(page.text()).isEqualTo(LoginRoutesTest.envelope("utf-8", SCRIPT + "if(typeof succeedhandle_=="
                    + "'function') {succeedhandle_('portal.php?mod=view&aid=1#comment', '操作成功 ', {});}</script>"));
            String html = new Browser(portal).get("portal.php?mod=view&aid=1").text();
            assertThat(html).contains("评论: <a href=\"portal.php?mod=comment&id=1&idtype=aid\" title=\"查看全部评论\">"
                    + "<em id=\"_commentnum\">1</em></a>").contains("<dd>写得好<br />第二行 <b>粗</b></dd>")
                    .contains("class=\"xi2 xw1\" c=\"1\">reader1</a>");
        }
    }

    @Test
    void aPlainFormPostIsABare301ToTheReferer() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            Fetch.Page page = reader.post("portal.php?mod=portalcp&ac=comment", "message", "支持", "referer",
                    "portal.php?mod=view&aid=1#comment", "aid", "1", "formhash", reader.formhash(),
                    "commentsubmit", "true");
            assertThat(page.status()).isEqualTo(301);
            assertThat(page.header("location")).isEqualTo("portal.php?mod=view&aid=1#comment");
            assertThat(page.bytes()).isEmpty();
        }
    }

    @Test
    void aSecondCommentWithinFifteenSecondsWaitsForTheSecondsLeft() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            comment(reader, 1, "第一条");
            assertThat(comment(reader, 1, "第二条").text())
                    .isEqualTo(error("抱歉，两次发布操作太快，请等待 15 秒再试", "{'waittime':'15'}"));
            portal.advanceClock(Duration.ofSeconds(6));
            assertThat(comment(reader, 1, "第二条").text())
                    .isEqualTo(error("抱歉，两次发布操作太快，请等待 9 秒再试", "{'waittime':'9'}"));
            portal.advanceClock(Duration.ofSeconds(9));
            assertThat(comment(reader, 1, "第二条").text()).contains("操作成功 ");
        }
    }

    @Test
    void administratorsHaveNoFloodLimit() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser admin = Browser.loggedIn(portal, "admin", "admin123");
            comment(admin, 1, "一");
            assertThat(comment(admin, 1, "二").text()).contains("操作成功 ");
        }
    }

    @Test
    void aOneLetterCommentIsTooShortAndArrivesThroughSucceedhandleWithSiteDotSlash() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            assertThat(comment(reader, 2, "x").text()).isEqualTo(LoginRoutesTest.envelope("utf-8", SCRIPT
                    + "if(typeof succeedhandle_=='function') {succeedhandle_('" + portal.baseUrl()
                    + "./portal.php?mod=view&aid=2#comment', '抱歉，输入的内容不能少于 2 个字符', {});}</script>"));
            assertThat(comment(reader, 2, "好").text()).contains("操作成功 ");
        }
    }

    @Test
    void oneChineseCharacterIsEnoughOnAGbkSiteTooBecauseItIsTwoBytes() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            assertThat(comment(Browser.loggedIn(portal, "reader1", "reader123"), 2, "好").text(GBK)).contains("操作成功 ");
        }
    }

    @Test
    void aGuestGetsGroupNopermissionWithGrouptitle() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser guest = new Browser(portal);
            assertThat(comment(guest, 1, "游客来了").text())
                    .isEqualTo(error("抱歉，您所在的用户组(游客)无法进行此操作", "{'grouptitle':'游客'}"));
        }
    }

    @Test
    void aPostWithoutFormhashIsSubmitInvalidAndAWrongOneIsTheSystemError() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            assertThat(reader.post(POST, "message", "支持", "aid", "1", "commentsubmit", "true").text())
                    .isEqualTo(error("抱歉，您的请求来路不正确或表单验证串不符，无法提交", "{}"));
            Fetch.Page wrong = reader.post(POST, "message", "支持", "aid", "1", "formhash", "00000000",
                    "commentsubmit", "true");
            assertThat(wrong.status()).isEqualTo(503);
            assertThat(wrong.header("content-type")).startsWith("text/html");
        }
    }

    @Test
    void aForeignRefererIsSubmitInvalid() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            String body = "message=ok&aid=1&commentsubmit=true&formhash=" + reader.formhash();
            assertThat(reader.postBytes(POST, body.getBytes(StandardCharsets.US_ASCII), "Referer",
                    "http://evil.example/x").text()).contains("抱歉，您的请求来路不正确或表单验证串不符，无法提交");
            assertThat(reader.postBytes(POST, body.getBytes(StandardCharsets.US_ASCII), "Referer",
                    "http://127.0.0.1:1/x").text()).contains("操作成功 ");
        }
    }

    @Test
    void anArticleWithCommentsClosedRefusesThroughSucceedhandle() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(comment(Browser.loggedIn(portal, "reader1", "reader123"), 6, "能评论吗").text())
                    .contains("succeedhandle_('" + portal.baseUrl() + "./portal.php?mod=view&aid=6#comment', "
                            + "'该文章不允许评论', {})");
        }
    }

    @Test
    void aMissingArticleIsCommentNoexist() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(comment(Browser.loggedIn(portal, "reader1", "reader123"), 999, "有人吗").text())
                    .contains("'抱歉，要评论的文章不存在', {})");
        }
    }

    @Test
    void aBannedWordIsRefusedWithWordBanned() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(comment(Browser.loggedIn(portal, "reader1", "reader123"), 1, "这里有禁词测试").text())
                    .isEqualTo(error("抱歉，您填写的内容包含敏感词而无法提交", "{}"));
        }
    }

    @Test
    void aModeratedWordHoldsTheCommentForItsAuthorAndAdministratorsOnly() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser author = Browser.loggedIn(portal, "reader1", "reader123");
            assertThat(comment(author, 1, "审核测试的评论").text()).contains("'操作成功 '");
            assertThat(author.get("portal.php?mod=view&aid=1").text())
                    .contains("<b>(待审核)</b></dt>\n<dd>审核测试的评论</dd>").doesNotContain("个评论因未通过审核而被隐藏");
            assertThat(Browser.loggedIn(portal, "admin", "admin123").get("portal.php?mod=view&aid=1").text())
                    .contains("<dd>审核测试的评论</dd>");
            for (Browser other : new Browser[] {new Browser(portal), Browser.loggedIn(portal, "moderator1", "mod12345")}) {
                String html = other.get("portal.php?mod=view&aid=1").text();
                assertThat(html).doesNotContain("审核测试的评论").contains("<em id=\"_commentnum\">1</em>")
                        .contains("<p class=\"mtn mbn y\">提示：本页有 1 个评论因未通过审核而被隐藏</p>");
                assertThat(other.get("portal.php?mod=comment&id=1&idtype=aid").text())
                        .contains("评论 (1)").contains("<p class=\"mbn mtn y\">提示：本页有 1 个评论因未通过审核而被隐藏</p>");
            }
        }
    }

    @Test
    void longCommentsAreCutToAThousandWidthUnits() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            comment(Browser.loggedIn(portal, "reader1", "reader123"), 1, "长".repeat(600));
            assertThat(new Browser(portal).get("portal.php?mod=view&aid=1").text())
                    .contains("<dd>" + "长".repeat(500) + " ...</dd>");
        }
    }

    @Test
    void requoteAnswersTheQuoteBbcodeEvenToGuests() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            comment(Browser.loggedIn(portal, "reader1", "reader123"), 1, "[quote]旧的[/quote]新的话");
            int cid = cid(new Browser(portal).get("portal.php?mod=view&aid=1").text());
            assertThat(new Browser(portal).get("portal.php?mod=portalcp&ac=comment&op=requote&cid=" + cid
                    + "&aid=1&inajax=1").text()).isEqualTo(LoginRoutesTest.envelope("utf-8",
                    "[quote]reader1: 新的话[/quote]\n\n"));
        }
    }

    @Test
    void theAuthorEditsTheCommentAndGetsTheRefererBack() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser author = Browser.loggedIn(portal, "reader1", "reader123");
            comment(author, 1, "原来的话");
            String page = author.get("portal.php?mod=view&aid=1").text();
            int cid = cid(page);
            assertThat(page).contains("id=\"c_" + cid + "_edit\"").contains("id=\"c_" + cid + "_delete\"");
            String form = author.get("portal.php?mod=portalcp&ac=comment&op=edit&cid=" + cid + "&handlekey=c_" + cid
                    + "_edit&inajax=1", "Referer", portal.baseUrl() + "portal.php?mod=view&aid=1").text();
            assertThat(form).contains("<em id=\"return_c_" + cid + "_edit\">编辑</em>")
                    .contains("<form id=\"editcommentform_" + cid + "\"")
                    .contains("name=\"referer\" value=\"" + portal.baseUrl() + "portal.php?mod=view&aid=1\"")
                    .contains("class=\"pt\">原来的话</textarea>");
            String site = portal.baseUrl().toString();
            assertThat(author.post("portal.php?mod=portalcp&ac=comment&op=edit&cid=" + cid + "&inajax=1",
                    "referer", site + "portal.php?mod=view&aid=1", "editsubmit", "true", "handlekey", "c_" + cid
                    + "_edit", "formhash", author.formhash(), "message", "改过的话").text())
                    .isEqualTo(LoginRoutesTest.envelope("utf-8", SCRIPT + "if(typeof succeedhandle_c_" + cid + "_edit"
                            + "=='function') {succeedhandle_c_" + cid + "_edit('" + site + "portal.php?mod=view&aid=1', "
                            + "'操作成功 ', {});}</script>"));
            assertThat(new Browser(portal).get("portal.php?mod=view&aid=1").text()).contains("<dd>改过的话</dd>");
        }
    }

    @Test
    void anotherMemberMayNeitherEditNorDeleteButTheModeratorMayBoth() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            comment(Browser.loggedIn(portal, "reader1", "reader123"), 1, "我的评论");
            int cid = cid(new Browser(portal).get("portal.php?mod=view&aid=1").text());
            Browser reader2 = new Browser(portal);
            reader2.get("portal.php");
            reader2.post("member.php?mod=logging&action=login&loginsubmit=yes&inajax=1", "username", "reader2",
                    "password", "reader234", "questionid", "1", "answer", "王芳");
            assertThat(reader2.get("portal.php?mod=view&aid=1").text()).doesNotContain("id=\"c_" + cid + "_edit\"");
            assertThat(reader2.get("portal.php?mod=portalcp&ac=comment&op=edit&cid=" + cid + "&handlekey=k&inajax=1")
                    .text()).contains("<div class=\"alert_error\">抱歉，您所在的用户组(新手上路)无法进行此操作" + SCRIPT
                    + "if(typeof errorhandle_k=='function') {errorhandle_k('抱歉，您所在的用户组(新手上路)无法进行此操作', "
                    + "{'grouptitle':'新手上路'});}</script></div>");
            assertThat(reader2.get("portal.php?mod=portalcp&ac=comment&op=delete&cid=" + cid + "&inajax=1").text())
                    .contains("无法进行此操作");
            Browser moderator = Browser.loggedIn(portal, "moderator1", "mod12345");
            assertThat(moderator.get("portal.php?mod=view&aid=1").text()).contains("id=\"c_" + cid + "_edit\"")
                    .contains("id=\"c_" + cid + "_delete\"");
        }
    }

    @Test
    void deletingAsksFirstThenRemovesTheCommentAndLowersTheCount() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser author = Browser.loggedIn(portal, "reader1", "reader123");
            comment(author, 1, "要删的");
            int cid = cid(author.get("portal.php?mod=view&aid=1").text());
            String confirm = author.get("portal.php?mod=portalcp&ac=comment&op=delete&cid=" + cid
                    + "&handlekey=delcommenthk_" + cid + "&inajax=1").text();
            assertThat(confirm).contains("<em id=\"return_delcommenthk_" + cid + "\">删除回复</em>")
                    .contains("<div class=\"c\">确定删除指定的回复吗？</div>")
                    .contains("name=\"referer\" value=\"" + portal.baseUrl() + "./\"")
                    .contains("name=\"deletesubmit\" value=\"true\"");
            String site = portal.baseUrl().toString();
            assertThat(author.postBytes("portal.php?mod=portalcp&ac=comment&op=delete&cid=" + cid + "&inajax=1",
                    ("deletesubmit=true&handlekey=delcommenthk_" + cid + "&formhash=" + author.formhash())
                            .getBytes(StandardCharsets.US_ASCII), "Referer", site + "portal.php?mod=view&aid=1").text())
                    .contains("succeedhandle_delcommenthk_" + cid + "('" + site + "portal.php?mod=view&aid=1', '操作成功 ', {})");
            assertThat(new Browser(portal).get("portal.php?mod=view&aid=1").text()).contains("评论: 0");
            assertThat(author.get("portal.php?mod=portalcp&ac=comment&op=delete&cid=" + cid + "&inajax=1").text())
                    .contains("抱歉，您要删除的评论不存在");
            assertThat(author.get("portal.php?mod=portalcp&ac=comment&op=edit&cid=" + cid + "&inajax=1").text())
                    .contains("抱歉，您要编辑的评论不存在");
        }
    }

    @Test
    void aGbkSiteDecodesGbkFormsAndStoresUtf8BytesAsMojibake() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            assertThat(comment(reader, 1, "渠县——好·！").text(GBK)).contains("操作成功 ");
            portal.advanceClock(Duration.ofSeconds(20));
            String utf8 = "message=" + Browser.encode("编码测试：UTF-8 直接提交", StandardCharsets.UTF_8)
                    + "&aid=1&commentsubmit=true&formhash=" + reader.formhash();
            assertThat(reader.postBytes(POST, utf8.getBytes(StandardCharsets.US_ASCII)).text(GBK)).contains("操作成功 ");
            String html = new Browser(portal).get("portal.php?mod=view&aid=1").text(GBK);
            assertThat(html).contains("<dd>渠县——好·！</dd>").contains("缂栫爜娴嬭瘯锛歎TF-8 鐩存帴鎻愪氦");
        }
    }

    @Test
    void aDroppedAnswerStillStoresTheCommentExactlyOnce() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            String hash = reader.formhash();
            portal.dropNextWriteAnswer();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.post(POST, "message", "只发一次",
                    "aid", "1", "formhash", hash, "commentsubmit", "true")).isInstanceOf(RuntimeException.class);
            assertThat(reader.get("portal.php?mod=view&aid=1").text()).contains("<em id=\"_commentnum\">1</em>")
                    .contains("<dd>只发一次</dd>");
        }
    }

    @Test
    void aPlainFormFloodIsAFullMessagePage() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            Browser reader = Browser.loggedIn(portal, "reader1", "reader123");
            comment(reader, 1, "第一条");
            Fetch.Page page = reader.post("portal.php?mod=portalcp&ac=comment", "message", "第二条", "aid", "1",
                    "formhash", reader.formhash(), "commentsubmit", "true");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("<title>提示信息 -  凤凰山下 -  Powered by Discuz!</title>")
                    .contains("<div id=\"messagetext\" class=\"alert_error\">\n<p>抱歉，两次发布操作太快，请等待 15 秒再试</p>");
        }
    }

    static int cid(String html) {
        return Integer.parseInt(html.replaceAll("(?s).*?<dl id=\"comment_(\\d+)_li\".*", "$1"));
    }
}
