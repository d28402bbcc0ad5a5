package dev.fenghuang.demo.forum;

import dev.fenghuang.demo.forum.seed.SeedThreads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The forum's read pages over HTTP, checked against the markup of 4.1–4.3 and the traps of section 7. */
class ForumReadPagesTest {
    private static DemoPortal portal;
    private static ForumBrowser guest;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
        guest = new ForumBrowser(portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theIndexListsTheCategoryAndItsBoardsWithTheSubBoardCountedInItsParent() {
        ForumBrowser.Answer index = guest.get("forum.php");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("<title>论坛 -  Powered by Discuz!</title>")
                .contains("<div id=\"chart\" class=\"bm bw0 cl\">\n<p class=\"chart z\">今日: <em>")
                .contains("<h2><a href=\"forum.php?gid=1\" style=\"\">凤凰山下社区</a></h2>")
                .contains("<div id=\"category_1\" class=\"bm_c\" style=\"\">")
                .contains("<h2><a href=\"forum.php?mod=forumdisplay&fid=2\">渠县杂谈</a><em class=\"xw0 xi1\" title=\"今日\"> (")
                .contains("<p>子版块: <a href=\"forum.php?mod=forumdisplay&fid=5\" >渠县美食</a></p>")
                .contains("<a href=\"forum.php?mod=forumdisplay&fid=3\">便民服务</a>")
                .contains("<a href=\"forum.php?mod=forumdisplay&fid=4\">站务公告</a>")
                .contains("<td class=\"fl_i\"><span class=\"xi2\">94</span>")
                .contains("<tr class=\"fl_row\"></tr>\n</table>");
        assertThat(guest.get("forum.php?gid=1").body()).contains("<title>凤凰山下社区 -  凤凰山下 -  Powered by Discuz!</title>");
    }

    @Test
    void aBoardPagesTwentyThreadsWithTheStickyOnPageOneOnlyAndAPagePastTheEndAnswersPageOne() {
        String first = guest.get("forum.php?mod=forumdisplay&fid=2").body();
        assertThat(first).contains("<title>渠县杂谈 -  凤凰山下 -  Powered by Discuz!</title>")
                .contains("<table summary=\"forum_2\" cellspacing=\"0\" cellpadding=\"0\" id=\"threadlisttableid\">")
                .contains("<span title=\"共 4 页\"> / 4 页</span>").contains("<strong>1</strong>")
                .contains("<div id=\"subforum_2\" class=\"bm_c\" style=\"\">")
                .contains("<i class=\"tpin tpin1\">").contains("style=\"font-weight: bold;color: #EE1B2E;\"")
                .contains("<span class=\"tbox tdigest\">精华1</span>").contains("<th class=\"lock\" >")
                .contains("<i class=\"fico-lock fic6 fc-s\"></i>").contains("alt=\"新人帖\"")
                .contains("<i class=\"fico-vote fic6 fc-p\"></i>").contains("<i class=\"fico-attachment")
                .contains("<i class=\"fico-image").contains("<span class=\"tps\">&nbsp;...")
                .containsPattern("<th class=\"lock\" >\n 移动:<a href=\"forum\\.php\\?mod=viewthread&amp;tid=\\d+&amp;extra=");
        assertThat(count(first, "<tbody id=\"stickthread_")).isEqualTo(1);
        assertThat(count(first, "<tbody id=\"normalthread_")).isEqualTo(19);
        String second = guest.get("forum.php?mod=forumdisplay&fid=2&page=2").body();
        assertThat(second).contains("<title>渠县杂谈 - 第2页 -  凤凰山下 -  Powered by Discuz!</title>")
                .contains("<strong>2</strong>").doesNotContain("stickthread_").doesNotContain("subforum_2");
        assertThat(count(second, "<tbody id=\"normalthread_")).isEqualTo(20);
        String beyond = guest.get("forum.php?mod=forumdisplay&fid=2&page=9").body();
        assertThat(beyond).contains("<strong>1</strong>").contains("stickthread_");
        assertThat(count(guest.get("forum.php?mod=forumdisplay&fid=2&page=4").body(), "<tbody id=\"normalthread_"))
                .isEqualTo(18);
    }

    @Test
    void theTypeAndDigestFiltersDropTheStickyAndMarkTheCurrentChoice() {
        String typed = guest.get("forum.php?mod=forumdisplay&fid=2&filter=typeid&typeid=3").body();
        assertThat(typed).contains("<title>分享 - 渠县杂谈 -  凤凰山下 -  Powered by Discuz!</title>")
                .contains("<li id=\"ttp_all\"><a href=\"forum.php?mod=forumdisplay&amp;fid=2\">全部</a></li>")
                .containsPattern("<li class=\"xw1 a\"><a href=\"forum.php\\?mod=forumdisplay&amp;fid=2\">分享<span "
                        + "class=\"xg1 num\">\\d+</span></a></li>")
                .doesNotContain("stickthread_").doesNotContain("typeid=1\">求助</a>]</em>");
        String digest = guest.get("forum.php?mod=forumdisplay&fid=2&filter=digest&digest=1").body();
        assertThat(count(digest, "<tbody id=\"normalthread_")).isEqualTo(1);
        assertThat(digest).contains("filter=digest&digest=1\" class=\"xi2 xw1\">精华</a>");
        String byDate = guest.get("forum.php?mod=forumdisplay&fid=2&filter=author&orderby=dateline").body();
        assertThat(byDate).contains("stickthread_").contains("orderby=dateline\" class=\"xi2 xw1\">最新</a>");
    }

    @Test
    void aJavaUserAgentGetsTheTouchTemplateUnlessItAsksForThePcPages() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String url = guest.site() + "forum.php?mod=forumdisplay&fid=2";
        String touch = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(touch).doesNotContain("threadlisttableid");
        String pc = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "&mobile=no")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(pc).contains("threadlisttableid");
    }

    @Test
    void aCategoryIdAsBoardIsA302AndAnUnknownBoardTheMessage() {
        ForumBrowser.Answer category = guest.get("forum.php?mod=forumdisplay&fid=1");
        assertThat(category.status()).isEqualTo(302);
        assertThat(category.location()).isEqualTo("forum.php?gid=1");
        ForumBrowser.Answer missing = guest.get("forum.php?mod=forumdisplay&fid=99");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("<div id=\"messagetext\" class=\"alert_error\">\n<p>抱歉，指定的版块不存在</p>");
    }

    @Test
    void theSubBoardsBreadcrumbGoesThroughItsParentAndEndsInItsName() {
        assertThat(guest.get("forum.php?mod=forumdisplay&fid=5").body()).contains("<a href=\"forum.php?gid=1\">凤凰山下社区</a>"
                + "<em>&rsaquo;</em> <a href=\"forum.php?mod=forumdisplay&fid=2\">渠县杂谈</a><em>&rsaquo;</em> 渠县美食\n</div>")
                .doesNotContain("<a href=\"forum.php?mod=forumdisplay&fid=5\">渠县美食</a>");
        assertThat(guest.get("forum.php?mod=forumdisplay&fid=2").body())
                .contains("<em>&rsaquo;</em> <a href=\"forum.php?mod=forumdisplay&fid=2\">渠县杂谈</a>");
    }

    @Test
    void aThreadPageHasTheFloorJumpTheHiddenUserCardsAndTheClearedAvatarColumn() {
        String first = guest.get("forum.php?mod=viewthread&tid=1").body();
        assertThat(first).contains("<div class=\"pi\">\n<div id=\"fj\" class=\"y\">\n<label class=\"z\">电梯直达</label>")
                .contains("onkeyup=\"$('fj_btn').href='forum.php?mod=redirect&amp;ptid=1&amp;authorid=0&amp;postno='"
                        + "+this.value\"")
                .contains("<div id=\"favatar1\" class=\"pls cl favatar\">\n<div class=\"pi\">\n<div class=\"authi\">"
                        + "<a href=\"home.php?mod=space&amp;uid=3\" target=\"_blank\" class=\"xw1\">归来</a>\n</div>\n</div>\n"
                        + "<div id=\"userinfo1\" class=\"tip tip_4\" style=\"display: none; margin-top: -2px;\">")
                .doesNotContain("class=\"pls favatar\"");
        assertThat(count(first, "<div id=\"fj\"")).isEqualTo(1);
        assertThat(count(first, "<div id=\"userinfo\\d+\" class=\"tip tip_4\" style=\"display: none;")).isEqualTo(10);
    }

    @Test
    void theLongThreadHasSixtyFiveFloorsOnSevenPagesNamedThenNumbered() {
        String first = guest.get("forum.php?mod=viewthread&tid=1").body();
        assertThat(first).contains("<title>2026渠县黄花节攻略贴：吃住行一帖搞定 - 渠县杂谈 -  凤凰山下 -  Powered by Discuz!</title>")
                .contains("<h1 class=\"ts\">\n<a href=\"forum.php?mod=forumdisplay&amp;fid=2&amp;filter=typeid&amp;typeid=3\">"
                        + "[分享]</a>\n<span id=\"thread_subject\">2026渠县黄花节攻略贴：吃住行一帖搞定</span>\n</h1>")
                .contains("<span class=\"xg1\">回复:</span> <span class=\"xi1\">64</span>")
                .contains("<span title=\"共 7 页\"> / 7 页</span>")
                .contains("onclick=\"setCopy(this.href, '帖子地址复制成功');return false;\">\n楼主</a>")
                .contains("\n沙发</a>").contains("\n板凳</a>").contains("\n地板</a>").contains("<em>5</em><sup>#</sup>")
                .contains("<em class=\"authicn fico-person fic4 fnmr vm\" id=\"authicon3\" title=\"楼主\"></em>\n&nbsp;楼主"
                        + "<span class=\"pipe\">|</span>")
                .containsPattern("<em id=\"authorposton1\">发表于 <span title=\"\\d{4}-\\d{1,2}-\\d{1,2} \\d\\d:\\d\\d:\\d\\d\">")
                .contains("<strong>黄花节</strong>").contains("<font color=\"Red\">11月下旬</font>")
                .contains("<a href=\"http://www.quxian.gov.cn/\" target=\"_blank\">渠县人民政府网</a>")
                .contains("src=\"static/image/common/none.gif\" zoomfile=\"data/attachment/forum/202611/23/huanghua_full.jpg\"")
                .contains("<span style=\"white-space: nowrap\" id=\"attach_2\">")
                .contains("<div class=\"blockcode\"><div id=\"code_").contains("<ol><li><li>08:00 渠县汽车站出发<li>")
                .contains("<div class=\"quote\"><blockquote><font size=\"2\"><a href=\"" + guest.site()
                        + "forum.php?mod=redirect&amp;goto=findpost&amp;pid=2&amp;ptid=1\" target=\"_blank\"><font "
                        + "color=\"#999999\">")
                .contains("<div class=\"locked\">如果您要查看本帖隐藏内容请")
                .contains("href=\"home.php?mod=spacecp&amp;ac=favorite&amp;type=thread&amp;id=1&amp;formhash=")
                .contains("<form method=\"post\" autocomplete=\"off\" id=\"fastpostform\" action=\"forum.php?mod=post&amp;"
                        + "action=reply&amp;fid=2&amp;tid=1&amp;extra=&amp;replysubmit=yes&amp;infloat=yes&amp;"
                        + "handlekey=fastpost\"")
                .contains("您需要登录后才可以回帖");
        assertThat(count(first, "<div id=\"post_\\d+\" >")).isEqualTo(10);
        String second = guest.get("forum.php?mod=viewthread&tid=1&page=2").body();
        assertThat(second).contains("<title>2026渠县黄花节攻略贴：吃住行一帖搞定 - 第2页 - 渠县杂谈 -  凤凰山下 -  "
                + "Powered by Discuz!</title>").contains("<em>11</em><sup>#</sup>").contains("<em>20</em><sup>#</sup>")
                .contains("<div class=\"locked\">提示: <em>该帖被管理员或版主屏蔽</em></div>")
                .containsPattern("<i class=\"pstatus\"> 本帖最后由 reader2 于 \\d{4}-\\d{1,2}-\\d{1,2} \\d\\d:\\d\\d 编辑 </i><br />\n<br />\n")
                .doesNotContain("加微信领黄花节门票");
        String last = guest.get("forum.php?mod=viewthread&tid=1&page=9").body();
        assertThat(last).contains("<strong>7</strong>").contains("<em>65</em><sup>#</sup>");
        assertThat(count(last, "<div id=\"post_\\d+\" >")).isEqualTo(5);
    }

    @Test
    void aHeldReplyIsShownToNobodyAndTheFloorsCloseOverIt() {
        String third = guest.get("forum.php?mod=viewthread&tid=1&page=3").body();
        assertThat(third).doesNotContain("<div id=\"post_25\" >").contains("<div id=\"post_24\" >")
                .contains("<div id=\"post_26\" >");
        assertThat(third).containsPattern("id=\"postnum26\"[^>]*><em>25</em>");
    }

    @Test
    void onlyTheAuthorRenumbersFloorsFromTheFirstAndOffersAllFloorsBack() {
        String filtered = guest.get("forum.php?mod=viewthread&tid=1&page=1&authorid=12").body();
        assertThat(filtered).contains("\n楼主</a>").contains("rel=\"nofollow\">显示全部楼层</a>")
                .doesNotContain("只看该作者").contains("<span id=\"thread_subject\">2026渠县黄花节攻略贴：吃住行一帖搞定</span>");
        assertThat(filtered).doesNotContain("id=\"postnum1\"");
    }

    @Test
    void newestFirstShowsTheFirstPostWithAnEmptyFloorThenTheLastReplies() {
        String reversed = guest.get("forum.php?mod=viewthread&tid=1&extra=&ordertype=1").body();
        assertThat(reversed).contains("<em></em><sup>#</sup>").contains("<em>65</em><sup>#</sup>")
                .contains("<em>56</em><sup>#</sup>").doesNotContain("<em>55</em><sup>#</sup>");
        assertThat(count(reversed, "<div id=\"post_\\d+\" >")).isEqualTo(11);
    }

    @Test
    void jumpsAnswerEmptyRedirectsToThePostsPage() {
        ForumBrowser.Answer find = guest.get("forum.php?mod=redirect&goto=findpost&ptid=1&pid=30");
        assertThat(find.status()).isEqualTo(301);
        assertThat(find.location()).isEqualTo("forum.php?mod=viewthread&tid=1&page=3#pid30");
        ForumBrowser.Answer postno = guest.get("forum.php?mod=redirect&ptid=1&authorid=0&postno=25");
        assertThat(postno.location()).isEqualTo("forum.php?mod=viewthread&tid=1&page=3#pid26");
        ForumBrowser.Answer last = guest.get("forum.php?mod=redirect&tid=1&goto=lastpost");
        assertThat(last.status()).isEqualTo(302);
        assertThat(last.location()).isEqualTo("forum.php?mod=viewthread&tid=1&page=7#lastpost");
        assertThat(last.body()).isEmpty();
    }

    @Test
    void thePrintableViewHasEveryVisiblePostWithoutFloors() {
        String printable = guest.get("forum.php?mod=viewthread&action=printable&tid=1").body();
        assertThat(printable).contains("<title>2026渠县黄花节攻略贴：吃住行一帖搞定 - 凤凰山下 - Powered by Discuz!</title>")
                .contains("<h1>凤凰山下</h1>\n<b>标题: </b>2026渠县黄花节攻略贴：吃住行一帖搞定 <b><a href=\"###\"")
                .contains("<b>作者: </b>归来&nbsp; &nbsp; <b>时间: </b>").contains("提示: <em>该帖被管理员或版主屏蔽</em>")
                .doesNotContain("postnum").doesNotContain("加微信领黄花节门票");
        assertThat(count(printable, "<hr noshade size=\"2\" width=\"100%\" color=\"#808080\">")).isEqualTo(65);
    }

    @Test
    void aGbkSiteServesTheBoardAndThreadInGbk() {
        try (DemoPortal gbk = DemoPortal.start(DemoOptions.builder().gbk().build())) {
            ForumBrowser browser = new ForumBrowser(gbk);
            assertThat(browser.get("forum.php?mod=forumdisplay&fid=2").body()).contains("<meta charset=\"gbk\" />")
                    .contains("<a href=\"forum.php?mod=forumdisplay&amp;fid=2\">渠县杂谈</a>")
                    .contains("<span title=\"共 4 页\"> / 4 页</span>");
            assertThat(browser.get("forum.php?mod=viewthread&tid=1").body()).contains("<strong>黄花节</strong>")
                    .contains("charset = 'gbk'");
        }
    }

    @Test
    void aMissingThreadAndAHeldThreadAre404ToOthers() {
        ForumBrowser.Answer missing = guest.get("forum.php?mod=viewthread&tid=9999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("抱歉，指定的主题不存在或已被删除或正在被审核");
        int held = SeedThreads.HELD_TID;
        assertThat(guest.get("forum.php?mod=viewthread&tid=" + held).status()).isEqualTo(404);
        ForumBrowser author = ForumBrowser.loggedIn(portal, "reader1", "reader123");
        ForumBrowser.Answer own = author.get("forum.php?mod=viewthread&tid=" + held);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("<span class=\"xg1\">\n(审核中)</span>");
        assertThat(author.get("forum.php?mod=forumdisplay&fid=2").body()).contains("您有 1 个主题正等待审核中，点击查看");
    }

    @Test
    void theStarterAndModeratorsSeeHiddenPartsAndModeratorsTheBannedText() {
        ForumBrowser moderator = ForumBrowser.loggedIn(portal, "moderator1", "mod12345");
        String page = moderator.get("forum.php?mod=viewthread&tid=1").body();
        assertThat(page).contains("<div class=\"showhide\"><h4>本帖隐藏的内容</h4>").contains("<div id=\"modmenu\"")
                .contains("<input type=\"checkbox\" id=\"manage2\" class=\"pc\"");
        assertThat(moderator.get("forum.php?mod=viewthread&tid=1&page=2").body())
                .contains("提示: <em>该帖被管理员或版主屏蔽，只有管理员或有管理权限的成员可见</em>").contains("加微信领黄花节门票");
    }
}
