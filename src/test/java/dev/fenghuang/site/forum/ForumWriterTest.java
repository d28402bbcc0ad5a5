package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.UnencodableText;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.FakeConnection;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the forum writers send, on hand-written pages and answers shaped as the protocol reference quotes them
 * (4.4 fast reply and quote popup, 4.5 new thread, 4.6 edit, 4.8 thread favourite).
 */
class ForumWriterTest {
    private static final String SITE = "http://portal.example/";
    private static final String FAST_FORM = "<form method=\"post\" autocomplete=\"off\" id=\"fastpostform\" action=\""
            + "forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid=51&amp;extra=&amp;replysubmit=yes&amp;infloat=yes"
            + "&amp;handlekey=fastpost\"><input type=\"hidden\" name=\"formhash\" value=\"0a1b2c3d\" />"
            + "<input type=\"hidden\" name=\"usesig\" value=\"1\" /><input type=\"hidden\" name=\"subject\" value=\"  \" />"
            + "<textarea name=\"message\" id=\"fastpostmessage\"></textarea>"
            + "<input type=\"hidden\" name=\"posttime\" id=\"posttime\" value=\"1764982800\" />"
            + "<button type=\"submit\" name=\"replysubmit\" id=\"fastpostsubmit\" value=\"replysubmit\">发表回复</button></form>";
    private static final String REPLIED = ForumAnswersTest.envelope(ForumAnswersTest.succeed("fastpost",
            "forum.php?mod=viewthread&tid=51&pid=300&page=6&extra=#pid300",
            "非常感谢，回复发布成功，现在将转入主题页，请稍候……[ 点击这里转入主题列表 ]",
            "{'fid':'2','tid':'51','pid':'300','from':'','sechash':''}"));

    private final FakeConnection site = new FakeConnection();

    private static String memberThread() {
        String page = ForumFixtures.text("thread-page.html").replace("http://forum.example/", SITE)
                .replace("discuz_uid = '0'", "discuz_uid = '3'");
        return page.replaceFirst("<form method=\"post\" autocomplete=\"off\" id=\"fastpostform\".*?</form>", FAST_FORM)
                .replace("</body>", "<a href=\"home.php?mod=spacecp&amp;ac=favorite&amp;type=thread&amp;id=51&amp;"
                        + "formhash=0a1b2c3d\" id=\"k_favorite\">收藏</a></body>");
    }

    private ForumWriter writer() {
        return account().forumPosts();
    }

    private DiscuzAccount account() {
        return new DiscuzAccount(URI.create(SITE), site, ForumFixtures.CLOCK);
    }

    @Test
    void aReplySendsEveryFieldOfTheFastFormWithTheTextAndReadsItsFloorBack() throws Exception {
        site.answer("tid=51&goto=lastpost", memberThread()).answer("action=reply", REPLIED)
                .answer("goto=findpost", memberThread());
        List<Long> told = new ArrayList<>();
        ForumWrite w = writer().reply(51, "渠县的油菜花开了", told::add);
        assertThat(w.result()).isInstanceOf(PostResult.Posted.class);
        assertThat(w.pid()).isEqualTo(300);
        assertThat(w.tid()).isEqualTo(51);
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(SITE + "forum.php?mod=post&action=reply&fid=2&tid=51&extra=&replysubmit=yes"
                + "&infloat=yes&handlekey=fastpost&inajax=1");
        assertThat(post.names()).containsExactly("formhash", "usesig", "subject", "message", "posttime",
                "replysubmit");
        assertThat(post.field("message")).isEqualTo("渠县的油菜花开了");
        assertThat(post.field("subject")).isEqualTo("  ");
        assertThat(post.referer()).startsWith(SITE + "forum.php?mod=redirect&tid=51&goto=lastpost");
        assertThat(told).as("the newest pid the page showed, before the post left").hasSize(1);
        assertThat(told.get(0)).isPositive();
    }

    @Test
    void aGuestsThreadPageHasNoReplyBoxAndNothingIsSent() throws Exception {
        site.answer("tid=51&goto=lastpost", ForumFixtures.text("thread-page.html").replace("http://forum.example/",
                SITE));
        ForumWrite w = writer().reply(51, "游客不能回复的内容", n -> { });
        assertThat(w.result()).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void textTheSiteCharsetCannotCarryIsRefusedBeforeSending() throws Exception {
        FakeConnection gbk = new FakeConnection(Charset.forName("GBK"));
        gbk.answer("tid=51&goto=lastpost", memberThread());
        ForumWriter w = new DiscuzAccount(URI.create(SITE), gbk, ForumFixtures.CLOCK).forumPosts();
        assertThatThrownBy(() -> w.reply(51, "emoji 😀 不能用 GBK 表示", n -> { }))
                .isInstanceOf(UnencodableText.class);
        assertThat(gbk.posts()).isEmpty();
    }

    @Test
    void aQuoteReplyPostsThePopupsNoticeFields() throws Exception {
        String popup = "<h3 class=\"flb\"><em id=\"return_reply\">\n参与/回复主题</em></h3>\n<form method=\"post\" "
                + "autocomplete=\"off\" id=\"postform\" action=\"forum.php?mod=post&amp;infloat=yes&amp;action=reply&amp;"
                + "fid=2&amp;extra=&amp;tid=51&amp;replysubmit=yes\">\n<input type=\"hidden\" name=\"formhash\" "
                + "id=\"formhash\" value=\"0a1b2c3d\" />\n<input type=\"hidden\" name=\"handlekey\" value=\"reply\" />\n"
                + "<input type=\"hidden\" name=\"noticeauthor\" value=\"q|3\" />\n<input type=\"hidden\" "
                + "name=\"noticetrimstr\" value=\"[quote][size=2][url=forum.php?mod=redirect&amp;goto=findpost&amp;pid=220"
                + "&amp;ptid=51][color=#999999]归来 发表于 2026-11-23 15:00[/color][/url][/size]\n给大家贴一个简单的行程表："
                + "[/quote]\" />\n<input type=\"hidden\" name=\"noticeauthormsg\" value=\"给大家贴一个简单的行程表：\" />\n"
                + "<input type=\"hidden\" name=\"usesig\" value=\"1\" />\n<input type=\"hidden\" name=\"reppid\" "
                + "value=\"220\" />\n<input type=\"hidden\" name=\"reppost\" value=\"220\" />\n<input name=\"subject\" "
                + "id=\"subject\" value=\"\" />\n<textarea name=\"message\" id=\"postmessage\"></textarea>\n</form>\n";
        site.answer("tid=51&goto=lastpost", memberThread()).answer("repquote=220", ForumAnswersTest.envelope(popup))
                .answer("replysubmit=yes&inajax=1", REPLIED.replace("fastpost", "reply"))
                .answer("goto=findpost", memberThread());
        ForumWrite w = writer().quoteReply(51, 220, "行程表很有用，谢谢", n -> { });
        assertThat(w.accepted()).isTrue();
        FakeConnection.Request get = site.requests().get(1);
        assertThat(get.url()).isEqualTo(SITE + "forum.php?mod=post&action=reply&fid=2&tid=51&repquote=220&extra="
                + "&page=1&infloat=yes&handlekey=reply&inajax=1");
        FakeConnection.Request post = site.lastPost();
        assertThat(post.url()).isEqualTo(SITE + "forum.php?mod=post&infloat=yes&action=reply&fid=2&extra=&tid=51"
                + "&replysubmit=yes&inajax=1");
        assertThat(post.field("noticetrimstr")).startsWith("[quote][size=2]").endsWith("[/quote]");
        assertThat(post.field("reppid")).isEqualTo("220");
        assertThat(post.field("handlekey")).isEqualTo("reply");
        assertThat(post.field("message")).isEqualTo("行程表很有用，谢谢");
    }

    private static String newThreadPage(String select) {
        return "<html><head><base href=\"" + SITE + "\" /><script>var discuz_uid = '3';</script></head><body>"
                + "<form method=\"post\" autocomplete=\"off\" id=\"postform\" action=\"forum.php?mod=post&amp;action="
                + "newthread&amp;fid=3&amp;extra=&amp;topicsubmit=yes\">\n<input type=\"hidden\" name=\"formhash\" "
                + "id=\"formhash\" value=\"0a1b2c3d\" />\n<input type=\"hidden\" name=\"posttime\" id=\"posttime\" "
                + "value=\"1764982800\" />\n<input type=\"hidden\" name=\"wysiwyg\" id=\"e_mode\" value=\"1\" />\n" + select
                + "<input type=\"text\" name=\"subject\" id=\"subject\" value=\"\" />\n<textarea name=\"message\" "
                + "id=\"e_textarea\"></textarea>\n<input type=\"checkbox\" name=\"allownoticeauthor\" value=\"1\" "
                + "checked=\"checked\" />\n<input type=\"checkbox\" name=\"usesig\" value=\"1\" checked=\"checked\" />\n"
                + "<input type=\"hidden\" name=\"save\" value=\"\" />\n<button type=\"submit\" id=\"postsubmit\" "
                + "value=\"true\" name=\"topicsubmit\">发表帖子</button>\n</form></body></html>";
    }

    private static final String TYPES = "<select name=\"typeid\" id=\"typeid\"><option value=\"0\">选择主题分类</option>"
            + "<option value=\"4\">失物招领</option><option value=\"5\">二手交易</option></select>\n";

    @Test
    void aNewThreadSendsBbcodeAndTheTypeChosenByName() throws Exception {
        site.answer("action=newthread&fid=3", newThreadPage(TYPES)).answer("topicsubmit=yes&handlekey",
                ForumAnswersTest.envelope(ForumAnswersTest.succeed("fastnewpost", "forum.php?mod=viewthread&tid=78&extra=",
                        "非常感谢，您的主题已发布，现在将转入主题页，请稍候……[ 点击这里转入主题列表 ]",
                        "{'fid':'3','tid':'78','pid':'285','coverimg':'','sechash':''}")));
        ForumWrite w = writer().newThread(3, "捡到钥匙一串", "在南门[b]公交站[/b]捡到", "失物招领", 77, n -> { });
        assertThat(w.tid()).isEqualTo(78);
        assertThat(w.pid()).isEqualTo(285);
        FakeConnection.Request post = site.lastPost();
        assertThat(post.field("wysiwyg")).as("BBCode, not editor HTML (7.35)").isEqualTo("0");
        assertThat(post.field("typeid")).isEqualTo("4");
        assertThat(post.field("subject")).isEqualTo("捡到钥匙一串");
        assertThat(post.field("allownoticeauthor")).isEqualTo("1");
    }

    @Test
    void aTypeTheFormDoesNotOfferIsRefusedWithoutSending() throws Exception {
        site.answer("action=newthread&fid=3", newThreadPage(TYPES));
        ForumWrite w = writer().newThread(3, "一个测试主题", "这里是足够长的正文", "闲聊", 77, n -> { });
        assertThat(((PostResult.Refused) w.result()).message().kind()).isEqualTo(Kind.NOT_OFFERED);
        assertThat(((PostResult.Refused) w.result()).message().values().get("offered")).isEqualTo("4 失物招领, 5 二手交易");
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void aMissingRequiredTypeTellsTheTypesAndTheLockTheAttemptTook() throws Exception {
        site.answer("action=newthread&fid=3", newThreadPage(TYPES)).answer("topicsubmit=yes&handlekey",
                ForumAnswersTest.envelope(ForumAnswersTest.error("fastnewpost", "抱歉，您尚未选择主题的类别", "{}")));
        ForumWrite w = writer().newThread(3, "一个测试主题", "这里是足够长的正文", null, 77, n -> { });
        PostResult.Refused r = (PostResult.Refused) w.result();
        assertThat(r.message().values()).containsEntry("offered", "4 失物招领, 5 二手交易").containsEntry("floodctrl", "15");
    }

    @Test
    void aSubjectOverEightyUnitsIsRefusedBeforeSending() throws Exception {
        site.answer("action=newthread&fid=3", newThreadPage(TYPES));
        ForumWrite w = writer().newThread(3, "长".repeat(41), "这里是足够长的正文", "4", 77, n -> { });
        assertThat(((PostResult.Refused) w.result()).message().text()).isEqualTo(ForumWriter.TOO_LONG_SUBJECT);
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void editingAnothersPostIsRefusedInTheSitesWords() throws Exception {
        site.answer("action=edit", "<html><head><base href=\"" + SITE + "\" /></head><body><div id=\"ct\" "
                + "class=\"wp cl w\"><div class=\"nfl\"><div class=\"f_c altw\"><div id=\"messagetext\" "
                + "class=\"alert_error\"><p>抱歉，您没有权限编辑他人发表的帖子</p></div></div></div></div></body></html>");
        ForumWrite w = writer().edit(51, 220, "想改别人的帖子", null);
        assertThat(((PostResult.Refused) w.result()).message().text()).isEqualTo("抱歉，您没有权限编辑他人发表的帖子");
        assertThat(site.posts()).isEmpty();
    }

    @Test
    void aThreadIsFavouritedByTheLinkThatCarriesTheFormHash() throws Exception {
        site.answer("mod=viewthread&tid=51", memberThread()).answer("ac=favorite&type=thread",
                ForumAnswersTest.envelope("<h3 class=\"flb\"><em>提示信息</em></h3>\n<div class=\"c altw\">\n"
                        + "<div class=\"alert_right\">" + ForumAnswersTest.succeed("k_favorite",
                        SITE + "forum.php?mod=viewthread&tid=51", "信息收藏成功 ", "{'id':'51','favid':'2'}")
                        + "</div>\n</div>\n"));
        PostResult r = account().threadFavorites().favorite(51);
        assertThat(r).isEqualTo(new PostResult.Posted("信息收藏成功", 2, false));
        FakeConnection.Request get = site.requests().get(1);
        assertThat(get.url()).isEqualTo(SITE + "home.php?mod=spacecp&ac=favorite&type=thread&id=51&formhash=0a1b2c3d"
                + "&infloat=yes&handlekey=k_favorite&inajax=1");
        assertThat(get.referer()).isEqualTo(SITE + "forum.php?mod=viewthread&tid=51");
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    /** The seccheck the X3.5 templates put in a post form (1.10): the span and the updateseccode call. */
    private static final String SECCHECK = "<div id=\"seccheck\"><span id=\"seccode_cSAbC123\"></span>\t\t\n<script "
            + "type=\"text/javascript\" reload=\"1\">updateseccode('cSAbC123', '<div class=\"rfm\"><table><tr><th>"
            + "<sec>: </th><td><sec><br /><sec></td></tr></table></div>', 'forum::post');</script>\n</div>";

    @Test
    void aRequiredTypeNotChosenIsRefusedBeforeSendingWhenThePageSaysSo() throws Exception {
        site.answer("action=newthread&fid=3", "<script type=\"text/javascript\">\nvar typerequired = parseInt('1');"
                + "\n</script>" + newThreadPage(TYPES));
        ForumWrite w = writer().newThread(3, "一个测试主题", "这里是足够长的正文", null, 77, n -> { });
        PostResult.Refused r = (PostResult.Refused) w.result();
        assertThat(r.message().text()).contains("尚未选择主题的类别");
        assertThat(r.message().values()).containsEntry("offered", "4 失物招领, 5 二手交易").doesNotContainKey("floodctrl");
        assertThat(site.posts()).as("nothing sent, so no flood lock").isEmpty();
        assertThat(ThreadTypes.required(org.jsoup.Jsoup.parse("<script>var typerequired = parseInt('');</script>")))
                .isFalse();
    }

    @Test
    void aFormWithACaptchaIsNotSentWithoutAnAnswerThenSendsItsFields() throws Exception {
        site.answer("action=newthread&fid=3", newThreadPage(TYPES + SECCHECK))
                .image("mod=seccode", PNG)
                .answer("topicsubmit=yes&handlekey", ForumAnswersTest.envelope(ForumAnswersTest.succeed("fastnewpost",
                        "forum.php?mod=viewthread&tid=78&extra=", "非常感谢，您的主题已发布，现在将转入主题页，请稍候……",
                        "{'fid':'3','tid':'78','pid':'285','coverimg':'','sechash':''}")));
        ForumWrite asked = writer().newThread(3, new ForumWriter.ThreadText("捡到钥匙一串", "在南门公交站捡到的", "4"), null,
                77, n -> { });
        assertThat(asked.result()).isInstanceOfSatisfying(PostResult.NeedsCaptcha.class,
                c -> assertThat(c.captcha().hash()).isEqualTo("cSAbC123"));
        assertThat(site.posts()).isEmpty();
        assertThat(site.requests()).anySatisfy(r -> assertThat(r.url()).contains("misc.php?mod=seccode&update=")
                .contains("&idhash=cSAbC123"));

        ForumWrite sent = writer().newThread(3, new ForumWriter.ThreadText("捡到钥匙一串", "在南门公交站捡到的", "4"),
                new dev.fenghuang.model.forum.CaptchaAnswer("cSAbC123", " kx3m "), 77, n -> { });
        assertThat(sent.accepted()).isTrue();
        assertThat(site.lastPost().field("seccodehash")).isEqualTo("cSAbC123");
        assertThat(site.lastPost().field("seccodeverify")).isEqualTo("kx3m");
        assertThat(site.lastPost().field("seccodemodid")).isEqualTo("forum::post");
    }

    @Test
    void aWrongCaptchaBringsAFreshImageUnderTheSameHash() throws Exception {
        site.answer("action=newthread&fid=3", newThreadPage(TYPES + SECCHECK)).image("mod=seccode", PNG)
                .answer("topicsubmit=yes&handlekey", ForumAnswersTest.envelope(ForumAnswersTest.error("fastnewpost",
                        "抱歉，验证码填写错误", "{}")));
        ForumWrite w = writer().newThread(3, new ForumWriter.ThreadText("捡到钥匙一串", "在南门公交站捡到的", "4"),
                new dev.fenghuang.model.forum.CaptchaAnswer("cSAbC123", "XXXX"), 77, n -> { });
        assertThat(w.result()).isInstanceOfSatisfying(PostResult.NeedsCaptcha.class, c -> {
            assertThat(c.captcha().hash()).isEqualTo("cSAbC123");
            assertThat(c.message().text()).contains("验证码填写错误");
        });
    }
}
