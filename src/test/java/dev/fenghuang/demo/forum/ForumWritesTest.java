package dev.fenghuang.demo.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Replying, quoting, new threads, edits and thread favourites over HTTP, with the answers of 4.4–4.8. */
class ForumWritesTest {
    private static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";
    private static final String FAST_REPLY = "forum.php?mod=post&action=reply&fid=2&tid=1&extra=&replysubmit=yes"
            + "&infloat=yes&handlekey=fastpost&inajax=1";
    private static final String REPLY_OK = "非常感谢，回复发布成功，现在将转入主题页，请稍候……[ 点击这里转入主题列表 ]";

    static String envelope(String charset, String fragment) {
        return "<?xml version=\"1.0\" encoding=\"" + charset + "\"?>\r\n<root><![CDATA[" + fragment + "]]></root>";
    }

    private static ForumBrowser.Answer fastReply(ForumBrowser member, String message) {
        return member.post(FAST_REPLY, "formhash", member.formhash(), "message", message, "subject", "  ", "usesig", "1");
    }

    private static int pid(String answer) {
        Matcher m = Pattern.compile("'pid':'(\\d+)'").matcher(answer);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void aFastReplyIsAnsweredWithItsPageAndShownThere() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            ForumBrowser.Answer answer = fastReply(reader, "我也来说两句，黄花节见！");
            int pid = pid(answer.body());
            assertThat(answer.body()).isEqualTo(envelope("utf-8", SCRIPT + "if(typeof succeedhandle_fastpost=='function') "
                    + "{succeedhandle_fastpost('forum.php?mod=viewthread&tid=1&pid=" + pid + "&page=7&extra=#pid" + pid
                    + "', '" + REPLY_OK + "', {'fid':'2','tid':'1','pid':'" + pid + "','from':'','sechash':''});}"
                    + "</script>"));
            assertThat(new ForumBrowser(portal).get("forum.php?mod=viewthread&tid=1&page=7").body())
                    .contains("<div id=\"post_" + pid + "\" >").contains("<em>66</em><sup>#</sup>")
                    .contains("我也来说两句，黄花节见！");
        }
    }

    @Test
    void aPlainFormReplyIsABare301() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            ForumBrowser.Answer answer = reader.post("forum.php?mod=post&action=reply&fid=2&tid=1&extra=&replysubmit=yes",
                    "formhash", reader.formhash(), "message", "普通表单回复一下内容", "wysiwyg", "0");
            assertThat(answer.status()).isEqualTo(301);
            assertThat(answer.location()).matches("forum\\.php\\?mod=viewthread&tid=1&pid=\\d+&page=7&extra=#pid\\d+");
            assertThat(answer.body()).isEmpty();
        }
    }

    @Test
    void theFloodLockRefusesASecondPostWithinFifteenSecondsAndAClosedThreadComesFirst() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            fastReply(reader, "第一条回复，内容够长了");
            String flood = "抱歉，您两次发表间隔少于 15 秒，请稍候再发表";
            assertThat(fastReply(reader, "第二条回复，内容也够长").body()).isEqualTo(envelope("utf-8", flood + SCRIPT
                    + "if(typeof errorhandle_fastpost=='function') {errorhandle_fastpost('" + flood
                    + "', {'floodctrl':'15'});}</script>"));
            int closed = closedTid(reader);
            String refused = reader.post("forum.php?mod=post&action=reply&fid=2&tid=" + closed + "&extra=&replysubmit=yes"
                    + "&infloat=yes&handlekey=fastpost&inajax=1", "formhash", reader.formhash(), "message",
                    "关闭了还能回复吗？").body();
            assertThat(refused).contains("errorhandle_fastpost('抱歉，本主题已关闭，不再接受新内容', {})");
            portal.advanceClock(Duration.ofSeconds(15));
            assertThat(fastReply(reader, "十五秒后再来一条").body()).contains("succeedhandle_fastpost(");
        }
    }

    private static int closedTid(ForumBrowser browser) {
        Matcher m = Pattern.compile("<tbody id=\"normalthread_(\\d+)\">\n<tr>\n<td class=\"icn\">\n<a [^>]*title=\"关闭的主题")
                .matcher(browser.get("forum.php?mod=forumdisplay&fid=2").body());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aMessageUnderTenBytesIsTooShortAndDoesNotTakeTheFloodLock() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            assertThat(fastReply(reader, "好冷").body()).contains("抱歉，您的帖子小于 10 个字符的限制" + SCRIPT)
                    .contains("{'minpostsize':'10','maxpostsize':'10000'}");
            assertThat(fastReply(reader, "好冷好冷好冷").body()).contains("succeedhandle_fastpost(");
        }
    }

    @Test
    void aCensorWordHoldsTheReplyWhichThenShowsToNobodyNotEvenItsAuthor() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            ForumBrowser.Answer answer = fastReply(reader, "这一条带了审核测试的词");
            int pid = pid(answer.body());
            assertThat(answer.body()).contains("succeedhandle_fastpost('forum.php?mod=viewthread&tid=1', '回复需要审核，请等待通过', "
                    + "{'fid':'2','tid':'1','pid':'" + pid + "','from':'','sechash':'','reply_mod':'1'})");
            ForumBrowser.Answer gap = reader.get("forum.php?mod=viewthread&tid=1&page=7");
            assertThat(gap.status()).isEqualTo(302);
            assertThat(gap.location()).isEqualTo(reader.site() + "forum.php?mod=viewthread&tid=1&page=7");
            assertThat(gap.body()).isEmpty();
            String page = reader.get("forum.php?mod=viewthread&tid=1&page=7").body();
            assertThat(page).contains("<em>65</em><sup>#</sup>").doesNotContain("post_" + pid + "\"")
                    .doesNotContain("审核测试");
        }
    }

    @Test
    void theQuotePopupCarriesTheQuoteAndItsPostAnswersTheReplyHandle() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            String popup = reader.get("forum.php?mod=post&action=reply&fid=2&tid=1&repquote=8&extra=&page=1&infloat=yes"
                    + "&handlekey=reply&inajax=1&ajaxtarget=fwin_content_reply").body();
            assertThat(popup).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<root><![CDATA[<h3 class=\"flb\">"
                    + "<em id=\"return_reply\">\n参与/回复主题</em>")
                    .contains("action=\"forum.php?mod=post&amp;infloat=yes&amp;action=reply&amp;fid=2&amp;extra=&amp;"
                            + "tid=1&amp;replysubmit=yes\"")
                    .contains("name=\"noticetrimstr\" value=\"[quote][size=2][url=forum.php?mod=redirect&amp;goto=findpost"
                            + "&amp;pid=8&amp;ptid=1][color=#999999]")
                    .contains("name=\"noticeauthormsg\" value=\"给大家贴一个简单的行程表：\"")
                    .contains("<input type=\"hidden\" name=\"reppid\" value=\"8\" />")
                    .contains("<input type=\"hidden\" name=\"handlekey\" value=\"reply\" />");
            Matcher trim = Pattern.compile("name=\"noticetrimstr\" value=\"([^\"]*)\"").matcher(popup);
            assertThat(trim.find()).isTrue();
            String noticetrimstr = trim.group(1).replace("&amp;", "&").replace("&quot;", "\"");
            ForumBrowser.Answer answer = reader.post("forum.php?mod=post&infloat=yes&action=reply&fid=2&extra=&tid=1"
                    + "&replysubmit=yes&inajax=1", "formhash", reader.formhash(), "handlekey", "reply", "noticetrimstr",
                    noticetrimstr, "reppid", "8", "reppost", "8", "message", "谢谢，行程表很有用");
            int pid = pid(answer.body());
            assertThat(answer.body()).contains("succeedhandle_reply('forum.php?mod=viewthread&tid=1&pid=" + pid);
            assertThat(reader.get("forum.php?mod=viewthread&tid=1&page=7").body())
                    .contains("<div class=\"quote\"><blockquote><font size=\"2\"><a href=\"" + reader.site()
                            + "forum.php?mod=redirect&amp;goto=findpost&amp;pid=8&amp;ptid=1\" target=\"_blank\">")
                    .contains("给大家贴一个简单的行程表：</blockquote></div><br />\n谢谢，行程表很有用");
        }
    }

    @Test
    void aNewThreadFromTheFastFormIsListedFirstAndAPlainOneIsA301() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "站务小编", "editor123");
            String fast = reader.post("forum.php?mod=post&action=newthread&fid=2&topicsubmit=yes&infloat=yes"
                    + "&handlekey=fastnewpost&inajax=1", "formhash", reader.formhash(), "typeid", "2", "subject",
                    "新人报到 & 问好", "message", "大家好，我是新来的，请多关照。", "usesig", "1").body();
            Matcher tid = Pattern.compile("'tid':'(\\d+)'").matcher(fast);
            assertThat(tid.find()).isTrue();
            assertThat(fast).contains("succeedhandle_fastnewpost('forum.php?mod=viewthread&tid=" + tid.group(1)
                    + "&extra=', '非常感谢，您的主题已发布，现在将转入主题页，请稍候……[ 点击这里转入主题列表 ]', {'fid':'2','tid':'"
                    + tid.group(1) + "','pid':'");
            String board = reader.get("forum.php?mod=forumdisplay&fid=2").body();
            assertThat(board).contains("class=\"s xst\">新人报到 &amp; 问好</a>\n<img src=\"static/image/stamp/011.small.gif\" "
                    + "alt=\"新人帖\" class=\"vm\" />");
            assertThat(board.indexOf("新人报到")).isLessThan(board.indexOf("normalthread_3\""));
            portal.advanceClock(Duration.ofSeconds(16));
            ForumBrowser.Answer plain = reader.post("forum.php?mod=post&action=newthread&fid=4&extra=&topicsubmit=yes",
                    "formhash", reader.formhash(), "subject", "站务建议一条", "message", "希望论坛增加夜间模式。", "wysiwyg", "0");
            assertThat(plain.status()).isEqualTo(301);
            assertThat(plain.location()).matches("forum\\.php\\?mod=viewthread&tid=\\d+&extra=");
        }
    }

    @Test
    void subjectsCountAChineseCharacterAsTwoOnUtf8AndGbk() {
        for (DemoOptions options : new DemoOptions[] {DemoOptions.defaults(), DemoOptions.builder().gbk().build()}) {
            try (DemoPortal portal = DemoPortal.start(options)) {
                portal.freezeClock();
                String charset = options.charset().name().equals("UTF-8") ? "utf-8" : "gbk";
                ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
                String url = "forum.php?mod=post&action=newthread&fid=4&topicsubmit=yes&infloat=yes"
                        + "&handlekey=fastnewpost&inajax=1";
                String tooLong = reader.post(url, "formhash", reader.formhash(), "subject", "长".repeat(41), "message",
                        "标题太长了会被拒绝吗").body();
                assertThat(tooLong).isEqualTo(envelope(charset, "抱歉，您的标题超过最大字符限制，请缩短标题后再试" + SCRIPT
                        + "if(typeof errorhandle_fastnewpost=='function') {errorhandle_fastnewpost('抱歉，您的标题超过最大"
                        + "字符限制，请缩短标题后再试', {'minpostsize':'10','maxpostsize':'10000'});}</script>"));
                assertThat(reader.post(url, "formhash", reader.formhash(), "subject", "长".repeat(40), "message",
                        "四十个字的标题可以发").body()).contains("succeedhandle_fastnewpost(");
            }
        }
    }

    @Test
    void aMissingTypeIsRefusedAfterTheFloodLockWasTaken() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            portal.freezeClock();
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            String url = "forum.php?mod=post&action=newthread&fid=3&topicsubmit=yes&infloat=yes&handlekey=fastnewpost"
                    + "&inajax=1";
            assertThat(reader.post(url, "formhash", reader.formhash(), "typeid", "0", "subject", "出售自家黄花",
                    "message", "自家种的黄花，十块一斤。").body())
                    .contains("errorhandle_fastnewpost('抱歉，您尚未选择主题的类别', {})");
            assertThat(reader.post(url, "formhash", reader.formhash(), "typeid", "5", "subject", "出售自家黄花",
                    "message", "自家种的黄花，十块一斤。").body())
                    .contains("errorhandle_fastnewpost('抱歉，您两次发表间隔少于 15 秒，请稍候再发表', {'floodctrl':'15'})");
        }
    }

    @Test
    void aHeldThreadAnswersTheMessagePageAndShowsOnlyToItsAuthor() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            ForumBrowser.Answer held = reader.post("forum.php?mod=post&action=newthread&fid=2&extra=&topicsubmit=yes",
                    "formhash", reader.formhash(), "subject", "待审词测试主题", "message", "这个主题需要审核才能显示。");
            assertThat(held.status()).isEqualTo(200);
            assertThat(held.body()).contains("<div id=\"messagetext\" class=\"alert_right\">\n<p>新主题需要审核，您的帖子通过审核后"
                    + "才能显示<script type=\"text/javascript\" reload=\"1\">setTimeout(\"window.location.href ='forum.php?"
                    + "mod=viewthread&tid=");
            assertThat(new ForumBrowser(portal).get("forum.php?mod=forumdisplay&fid=2").body()).doesNotContain("待审词测试主题");
        }
    }

    @Test
    void anEditKeepsTheBbcodeAndStampsTheNameAfterAMinute() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            int pid = pid(fastReply(reader, "原来的内容 [b]加粗[/b]").body());
            String form = reader.get("forum.php?mod=post&action=edit&fid=2&tid=1&pid=" + pid + "&page=7").body();
            assertThat(form).contains("action=\"forum.php?mod=post&amp;action=edit&amp;extra=&amp;editsubmit=yes\"")
                    .contains("<textarea name=\"message\" id=\"e_textarea\" class=\"pt\" rows=\"15\">原来的内容 [b]加粗[/b]"
                            + "</textarea>")
                    .contains("<input type=\"hidden\" name=\"pid\" value=\"" + pid + "\" />");
            portal.advanceClock(Duration.ofSeconds(61));
            ForumBrowser.Answer saved = reader.post("forum.php?mod=post&action=edit&extra=&editsubmit=yes", "formhash",
                    reader.formhash(), "fid", "2", "tid", "1", "pid", String.valueOf(pid), "page", "7", "subject", "",
                    "message", "改过的内容 [b]加粗[/b]", "wysiwyg", "0", "delete", "0");
            assertThat(saved.status()).isEqualTo(301);
            assertThat(saved.location()).isEqualTo("forum.php?mod=viewthread&tid=1&page=7&extra=#pid" + pid);
            assertThat(reader.get("forum.php?mod=viewthread&tid=1&page=7").body())
                    .contains("<i class=\"pstatus\"> 本帖最后由 reader1 于 ").contains("改过的内容 <strong>加粗</strong>");
            ForumBrowser other = ForumBrowser.loggedIn(portal, "reader2", "reader234");
            assertThat(other.get("forum.php?mod=post&action=edit&fid=2&tid=1&pid=" + pid + "&page=7").body())
                    .contains("<p>抱歉，您没有权限编辑他人发表的帖子</p>");
        }
    }

    @Test
    void aThreadIsFavouritedInOneStepOnceAndListed() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            String url = "home.php?mod=spacecp&ac=favorite&type=thread&id=1&formhash=" + reader.formhash()
                    + "&infloat=yes&handlekey=k_favorite&inajax=1&ajaxtarget=fwin_content_k_favorite";
            String added = reader.get(url).body();
            assertThat(added).contains("<div class=\"alert_right\">" + SCRIPT + "if(typeof succeedhandle_k_favorite=="
                    + "'function') {succeedhandle_k_favorite('" + reader.site() + "forum.php', '信息收藏成功 ', {'id':'1',"
                    + "'favid':'10001'});}hideWindow('k_favorite');showDialog('信息收藏成功 ', 'right', null, null, 0, null, "
                    + "null, null, null, 2, null);</script></div>");
            assertThat(reader.get(url).body()).contains("<div class=\"alert_error\">抱歉，您已收藏，请勿重复收藏" + SCRIPT);
            assertThat(reader.get("home.php?mod=space&do=favorite&view=me&type=thread").body())
                    .contains("<li id=\"fav_10001\" class=\"bbda ptm pbm\">")
                    .contains("<input type=\"checkbox\" name=\"favorite[]\" class=\"pc\" value=\"10001\" vid=\"1\" />")
                    .contains("<a href=\"forum.php?mod=viewthread&tid=1\" target=\"_blank\">2026渠县黄花节攻略贴：吃住行一帖搞定</a>");
            assertThat(reader.get("forum.php?mod=viewthread&tid=1").body()).contains("<span id=\"favoritenumber\">1</span>");
        }
    }

    @Test
    void aPostCommentShowsUnderTheReplyAndCountsAsAReply() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            String page = reader.get("forum.php?mod=viewthread&tid=1").body();
            assertThat(page).contains("<a class=\"cmmnt\" href=\"forum.php?mod=misc&amp;action=comment&amp;tid=1&amp;pid=2"
                    + "&amp;extra=&amp;page=1\" onclick=\"showWindow('comment', this.href, 'get', 0)\">点评</a>")
                    .doesNotContain("pid=1&amp;extra=&amp;page=1\" onclick=\"showWindow('comment'");
            String popup = reader.get("forum.php?mod=misc&action=comment&tid=1&pid=2&extra=&page=1&infloat=yes"
                    + "&handlekey=comment&inajax=1&ajaxtarget=fwin_content_comment").body();
            assertThat(popup).contains("<form id=\"commentform\" method=\"post\" autocomplete=\"off\" action=\"forum.php?"
                    + "mod=post&amp;action=reply&amp;comment=yes&amp;tid=1&amp;pid=2&amp;extra=&amp;page=1&amp;"
                    + "commentsubmit=yes&amp;infloat=yes\"");
            String answer = reader.post("forum.php?mod=post&action=reply&comment=yes&tid=1&pid=2&extra=&page=1"
                    + "&commentsubmit=yes&infloat=yes&inajax=1", "formhash", reader.formhash(), "handlekey", "comment",
                    "message", "说得对 <b>").body();
            assertThat(answer).isEqualTo(envelope("utf-8", SCRIPT + "if(typeof succeedhandle_comment=='function') "
                    + "{succeedhandle_comment('forum.php?mod=viewthread&tid=1&pid=2&page=1&extra=#pid2', '帖子点评成功 ', "
                    + "{'tid':'1','pid':'2'});}</script>"));
            String after = reader.get("forum.php?mod=viewthread&tid=1").body();
            assertThat(after).contains("<div id=\"comment_2\" class=\"cm\">\n<h3 class=\"psth xs1\"><span class=\"icon_ring "
                    + "vm\"></span>点评</h3>\n<div class=\"pstl xs1 cl\"><div class=\"psta vm\"><a href=\"home.php?mod=space"
                    + "&amp;uid=12\" c=\"1\">")
                    .contains("<a href=\"home.php?mod=space&amp;uid=12\" class=\"xi2 xw1\">reader1</a></div>\n"
                            + "<div class=\"psti\">说得对 &lt;b&gt;&nbsp;\n<span class=\"xg1\">\n发表于 ")
                    .contains("<span class=\"xg1\">回复:</span> <span class=\"xi1\">65</span>");
            portal.advanceClock(Duration.ofSeconds(16));
            int own = pid(fastReply(reader, "我自己的回复不能点评").body());
            portal.advanceClock(Duration.ofSeconds(16));
            assertThat(reader.post("forum.php?mod=post&action=reply&comment=yes&tid=1&pid=" + own + "&extra=&page=7"
                    + "&commentsubmit=yes&infloat=yes&inajax=1", "formhash", reader.formhash(), "handlekey", "comment",
                    "message", "自己点评自己").body()).contains("errorhandle_comment('抱歉，您不能点评此帖或帖子尚未找到', {})");
        }
    }

    @Test
    void aGbkSiteTakesAReplyInGbkAndShowsIt() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            String answer = fastReply(reader, "国标码的回复也能正常显示").body();
            assertThat(answer).startsWith("<?xml version=\"1.0\" encoding=\"gbk\"?>\r\n").contains("succeedhandle_fastpost(");
            assertThat(reader.get("forum.php?mod=viewthread&tid=1&page=7").body()).contains("<meta charset=\"gbk\" />")
                    .contains("国标码的回复也能正常显示");
        }
    }
}
