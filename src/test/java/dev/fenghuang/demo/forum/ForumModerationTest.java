package dev.fenghuang.demo.forum;

import dev.fenghuang.demo.forum.seed.SeedThreads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The forum queues of the admin panel (5.7), the thread tools (5.8) and the moderation panel (5.9) over HTTP. */
class ForumModerationTest {
    private static final String SCRIPT = "<script type=\"text/javascript\" reload=\"1\">";
    private static final Pattern FORMHASH = Pattern.compile("name=\"formhash\" value=\"([0-9a-f]{8})\"");
    private static final Pattern SID = Pattern.compile("name=\"sid\" value=\"(\\w+)\"");

    private static String value(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }

    /** An admin browser with a live admin-panel session. */
    private static ForumBrowser admin(DemoPortal portal) {
        ForumBrowser admin = ForumBrowser.loggedIn(portal, "admin", "admin123");
        String form = admin.get("admin.php?").body();
        ForumBrowser.Answer answer = admin.post("admin.php?", "sid", value(SID, form), "frames", "yes",
                "admin_password", "admin123", "admin_questionid", "0", "admin_answer", "");
        assertThat(answer.status()).isEqualTo(302);
        return admin;
    }

    private static int heldReply(DemoPortal portal, String text) {
        ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
        String answer = reader.post("forum.php?mod=post&action=reply&fid=2&tid=1&extra=&replysubmit=yes&infloat=yes"
                + "&handlekey=fastpost&inajax=1", "formhash", reader.formhash(), "message", text).body();
        return Integer.parseInt(value(Pattern.compile("'pid':'(\\d+)'"), answer));
    }

    @Test
    void aHeldReplyApprovedFromTheAdminReplyQueueAppearsInItsThread() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            int pid = heldReply(portal, "等待审核的回复，含审核测试");
            ForumBrowser admin = admin(portal);
            String queue = admin.get("admin.php?action=moderate&operation=replies&dateline=all").body();
            assertThat(queue).contains("<tr id=\"mod_" + pid + "_row1\" class=\"hover\">")
                    .contains("<input class=\"radio\" type=\"radio\" name=\"moderate[" + pid + "]\" id=\"mod_" + pid
                            + "_1\" value=\"validate\"")
                    .contains("onclick=\"display_toggle('" + pid + "');\">2026渠县黄花节攻略贴：吃住行一帖搞定 &rsaquo;</a>")
                    .contains("<tr id=\"mod_" + pid + "_row2\">").contains("等待审核的回复，含审核测试")
                    .contains("?action=moderate&operation=replies&fast=1&fid=2&tid=1&pid=" + pid + "&moderate[" + pid
                            + "]=validate&page=1&posttableid=0&frame=no");
            ForumBrowser.Answer decided = admin.post("admin.php?action=moderate&operation=replies", "formhash",
                    value(FORMHASH, queue), "moderate[" + pid + "]", "validate", "pm_" + pid, "", "filter", "normal",
                    "dateline", "all", "modsubmit", "提交");
            assertThat(decided.body()).contains("<h4 class=\"infotitle2\">审核操作成功，共 1 个回复被通过，0 个回复被忽略，0 个回复被删除</h4>")
                    .contains("admin.php?action=moderate&operation=replies&page=1&filter=normal&modfid=0&posttableid=0"
                            + "&dateline=all&username=&title=&ppp=20&showcensor=0");
            assertThat(new ForumBrowser(portal).follow("forum.php?mod=viewthread&tid=1&page=7").body())
                    .contains("<div id=\"post_" + pid + "\" >");
            assertThat(admin.get("admin.php?action=moderate&operation=replies&dateline=all").body())
                    .doesNotContain("mod_" + pid + "_row1");
        }
    }

    @Test
    void theQueuesEditLinkOpensTheThreadWithTheHeldReplyMarked() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            int pid = heldReply(portal, "只有审核链接才看得到的回复，审核测试");
            ForumBrowser admin = admin(portal);
            String queue = admin.get("admin.php?action=moderate&operation=replies&dateline=all").body();
            String key = value(Pattern.compile("<a href=\"forum\\.php\\?mod=viewthread&tid=1&modthreadkey=(\\w+)\" "
                    + "target=\"_blank\">编辑</a>"), queue);
            String page = admin.follow("forum.php?mod=viewthread&tid=1&modthreadkey=" + key + "&page=7").body();
            assertThat(page).contains("<div id=\"post_" + pid + "\" >").contains("<span class=\"xg1\">(待审核)</span>");
            assertThat(admin.follow("forum.php?mod=viewthread&tid=1&modthreadkey=0123abcd&page=7").body())
                    .doesNotContain("<div id=\"post_" + pid + "\" >");
            assertThat(portal.forumPostState(pid)).isEqualTo("pending");
        }
    }

    @Test
    void theThreadQueueDefaultsToAWeekAndItsFastLinkRemovesTheRow() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser admin = admin(portal);
            int tid = SeedThreads.HELD_TID;
            String queue = admin.get("admin.php?action=moderate&operation=threads").body();
            assertThat(queue).contains("<tr id=\"mod_" + tid + "_row1\" class=\"hover\">")
                    .contains("<td width=\"120\"><a target=\"_blank\" href=\"forum.php?mod=forumdisplay&fid=2\">渠县杂谈</a></td>")
                    .contains("<a href=\"?action=members&operation=search&uid=12&submit=yes\" target=\"_blank\">reader1</a>")
                    .contains("href=\"forum.php?mod=viewthread&tid=" + tid + "&modthreadkey=");
            ForumBrowser.Answer fast = admin.get("admin.php?action=moderate&operation=threads&fast=1&fid=2&tid=" + tid
                    + "&moderate[" + tid + "]=ignore&page=1&frame=no");
            assertThat(fast.body()).contains("<script type=\"text/javascript\">\n\tmod_remove_row('" + tid + "');\n</script>");
            assertThat(admin.get("admin.php?action=moderate&operation=threads").body()).doesNotContain("mod_" + tid + "_row1");
            assertThat(admin.get("admin.php?action=moderate&operation=threads&filter=ignore").body())
                    .contains("mod_" + tid + "_row1");
        }
    }

    @Test
    void aModeratorDeletesAReplyWithTheFrontEndToolsInTwoSteps() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser moderator = ForumBrowser.loggedIn(portal, "moderator1", "mod12345");
            String popup = moderator.post("forum.php?mod=topicadmin&action=delpost&fid=2&tid=1&handlekey=mods&infloat=yes"
                    + "&nopost=yes&inajax=1", "formhash", moderator.formhash(), "optgroup", "", "operation", "",
                    "listextra", "", "page", "1", "topiclist[]", "4").body();
            assertThat(portal.forumPostState(4)).isEqualTo("visible");
            assertThat(popup).contains("<div class=\"tm_c\" id=\"floatlayout_topicadmin\">")
                    .contains("<em id=\"return_mods\">选择了 1 篇帖子</em>")
                    .contains("action=\"forum.php?mod=topicadmin&amp;action=delpost&amp;modsubmit=yes&amp;infloat=yes&amp;"
                            + "modclick=yes\"")
                    .contains("<input type=\"hidden\" name=\"topiclist[]\" value=\"4\" />").contains("name=\"reason\"");
            String done = moderator.post("forum.php?mod=topicadmin&action=delpost&modsubmit=yes&infloat=yes&modclick=yes"
                    + "&inajax=1", "formhash", moderator.formhash(), "fid", "2", "tid", "1", "page", "1", "handlekey",
                    "mods", "topiclist[]", "4", "reason", "广告/SPAM").body();
            assertThat(portal.forumPostState(4)).isEqualTo("recycled");
            assertThat(portal.forumModerationLog()).containsExactly("1 moderator1 删除回复: 广告/SPAM");
            assertThat(done).isEqualTo(ForumWritesTest.envelope("utf-8", SCRIPT + "if(typeof succeedhandle_mods=="
                    + "'function') {succeedhandle_mods('forum.php?mod=viewthread&tid=1&page=1', '管理操作成功 ', {});}"
                    + "</script>"));
            ForumBrowser guest = new ForumBrowser(portal);
            assertThat(guest.get("forum.php?mod=viewthread&tid=1").status()).isEqualTo(302);
            String page = guest.get("forum.php?mod=viewthread&tid=1").body();
            assertThat(page).doesNotContain("<div id=\"post_4\" >").containsPattern("id=\"postnum5\"[^>]*>\n地板</a>")
                    .containsPattern("id=\"postnum11\"[^>]*><em>10</em>");
        }
    }

    @Test
    void closeStickDigestBanAndMoveChangeTheListsAndThePages() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser moderator = ForumBrowser.loggedIn(portal, "moderator1", "mod12345");
            String fh = moderator.formhash();
            String popup = moderator.post("forum.php?mod=topicadmin&action=moderate&fid=2&moderate[]=1&handlekey=mods"
                    + "&infloat=yes&nopost=yes&from=1&inajax=1", "formhash", fh, "optgroup", "4", "operation", "",
                    "listextra", "", "page", "1").body();
            assertThat(popup).contains("action=\"forum.php?mod=topicadmin&amp;action=moderate&amp;optgroup=4&amp;"
                    + "modsubmit=yes&amp;infloat=yes\"").contains("value=\"close\" checked=\"checked\"")
                    .contains("<input type=\"hidden\" name=\"moderate[]\" value=\"1\" />");
            String submit = "forum.php?mod=topicadmin&action=moderate&optgroup=%d&modsubmit=yes&infloat=yes&inajax=1";
            String redirect = moderator.site() + "forum.php?mod=viewthread&tid=1";
            assertThat(moderator.post(String.format(submit, 4), "formhash", fh, "fid", "2", "redirect", redirect,
                    "handlekey", "mods", "moderate[]", "1", "operations[]", "close", "reason", "活动结束").body())
                    .contains("succeedhandle_mods('" + redirect + "', '管理操作成功 ', {})");
            moderator.post(String.format(submit, 1), "formhash", fh, "fid", "2", "redirect", redirect, "handlekey", "mods",
                    "moderate[]", "1", "operations[]", "stick", "sticklevel", "1", "operations[]", "digest",
                    "digestlevel", "2", "operations[]", "highlight", "highlight_color", "5", "highlight_style[1]", "1",
                    "highlight_style[2]", "0", "highlight_style[3]", "0", "reason", "");
            String thread = new ForumBrowser(portal).get("forum.php?mod=viewthread&tid=1").body();
            assertThat(thread).contains("<i class=\"fico-lock fc-s\" title=\"关闭\"></i>").contains("<div class=\"modact\">")
                    .contains(" 设置高亮</a></div>");
            String board = new ForumBrowser(portal).get("forum.php?mod=forumdisplay&fid=2").body();
            assertThat(board).contains("<tbody id=\"stickthread_1\">").contains("精华2</span>")
                    .contains("class=\"s xst\" style=\"font-weight: bold;color: #2897C5;\">2026渠县黄花节攻略贴");
            moderator.post("forum.php?mod=topicadmin&action=banpost&modsubmit=yes&infloat=yes&modclick=yes&inajax=1",
                    "formhash", fh, "fid", "2", "tid", "1", "page", "1", "handlekey", "mods", "topiclist[]", "2",
                    "banned", "1", "reason", "");
            assertThat(new ForumBrowser(portal).get("forum.php?mod=viewthread&tid=1").body())
                    .contains("<div class=\"locked\">提示: <em>该帖被管理员或版主屏蔽</em></div>");
            assertThat(moderator.post(String.format(submit, 2), "formhash", fh, "fid", "2", "redirect", redirect,
                    "handlekey", "mods", "moderate[]", "1", "operations[]", "move", "moveto", "4", "type", "normal",
                    "reason", "").body()).contains("succeedhandle_mods('forum.php?mod=forumdisplay&fid=2', '管理操作成功 ', {})");
            assertThat(new ForumBrowser(portal).get("forum.php?mod=forumdisplay&fid=4").body()).contains("stickthread_1");
        }
    }

    @Test
    void aMoveWithRedirectLeavesAStubRowThatAnswersA302ToTheMovedThread() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser moderator = ForumBrowser.loggedIn(portal, "moderator1", "mod12345");
            moderator.post("forum.php?mod=topicadmin&action=moderate&optgroup=2&modsubmit=yes&infloat=yes&inajax=1",
                    "formhash", moderator.formhash(), "fid", "2", "redirect", moderator.site() + "forum.php?mod=viewthread"
                    + "&tid=1", "handlekey", "mods", "moderate[]", "1", "operations[]", "move", "moveto", "5", "type",
                    "redirect", "reason", "美食相关");
            ForumBrowser guest = new ForumBrowser(portal);
            String board = guest.get("forum.php?mod=forumdisplay&fid=2&page=1").body()
                    + guest.get("forum.php?mod=forumdisplay&fid=2&page=2").body()
                    + guest.get("forum.php?mod=forumdisplay&fid=2&page=3").body()
                    + guest.get("forum.php?mod=forumdisplay&fid=2&page=4").body();
            Matcher stub = Pattern.compile("<tbody id=\"normalthread_(\\d+)\">\n<tr>\n<td class=\"icn\">\n<a href=\""
                    + "forum\\.php\\?mod=viewthread&amp;tid=1&amp;extra=page%3D1\"").matcher(board);
            assertThat(stub.find()).isTrue();
            assertThat(board).contains("<th class=\"lock\" >\n 移动:<a href=\"forum.php?mod=viewthread&amp;tid=1&amp;"
                    + "extra=page%3D1\" onclick=\"atarget(this)\" class=\"s xst\">2026渠县黄花节攻略贴：吃住行一帖搞定</a>")
                    .contains("class=\"xi2\">-</a><em>-</em></td>");
            ForumBrowser.Answer jump = guest.get("forum.php?mod=viewthread&tid=" + stub.group(1));
            assertThat(jump.status()).isEqualTo(302);
            assertThat(jump.location()).isEqualTo(guest.site() + "forum.php?mod=viewthread&tid=1");
            assertThat(guest.get("forum.php?mod=forumdisplay&fid=5").body()).contains("normalthread_1\"");
        }
    }

    @Test
    void aMemberWithoutRightsGetsTheNoPermissionDialog() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            ForumBrowser reader = ForumBrowser.loggedIn(portal, "reader1", "reader123");
            String answer = reader.post("forum.php?mod=topicadmin&action=moderate&fid=2&moderate[]=1&handlekey=mods"
                    + "&infloat=yes&nopost=yes&inajax=1", "formhash", reader.formhash(), "optgroup", "4").body();
            assertThat(answer).contains("<div class=\"alert_error\">抱歉，您没有权限使用管理功能" + SCRIPT
                    + "if(typeof errorhandle_mods=='function') {errorhandle_mods('抱歉，您没有权限使用管理功能', {});}");
        }
    }

    @Test
    void theModerationPanelAsksForThePasswordThenListsAndDecidesHeldReplies() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            int pid = heldReply(portal, "给版主面板审核的回复，审核测试");
            ForumBrowser moderator = ForumBrowser.loggedIn(portal, "moderator1", "mod12345");
            String login = moderator.get("forum.php?mod=modcp&action=moderate&op=replies").body();
            assertThat(login).contains("<h1 class=\"mt\">登录管理面板</h1>").contains("首次进入管理面板或空闲时间过长")
                    .contains("<title>论坛 -  凤凰山下 -  Powered by Discuz!</title>");
            ForumBrowser.Answer wrong = moderator.post("forum.php?mod=modcp&action=login", "formhash", moderator.formhash(),
                    "fid", "0", "submit", "yes", "login_panel", "yes", "cppwd", "nope");
            assertThat(wrong.status()).isEqualTo(200);
            ForumBrowser.Answer entered = moderator.post("forum.php?mod=modcp&action=login", "formhash",
                    moderator.formhash(), "fid", "0", "submit", "yes", "login_panel", "yes", "cppwd", "mod12345");
            assertThat(entered.status()).isEqualTo(302);
            assertThat(entered.location()).isEqualTo("forum.php?mod=modcp&action=moderate&op=replies&");
            String queue = moderator.get("forum.php?mod=modcp&action=moderate&op=replies").body();
            assertThat(queue).contains("id=\"pid_" + pid + "\">").contains("<input type=\"checkbox\" name=\"moderate[]\" "
                    + "id=\"pidcheck_" + pid + "\" class=\"pc\" value=\"" + pid + "\" onclick=\"recountobj()\"/>")
                    .contains("<span class=\"xw1\">2026渠县黄花节攻略贴：吃住行一帖搞定</span>")
                    .contains("modact=validate&amp;filter=0&amp;dosubmit=1");
            String popup = moderator.get("forum.php?mod=modcp&action=moderate&op=replies&posttableid=0&moderate[]=" + pid
                    + "&modact=validate&filter=0&dosubmit=1&infloat=yes&handlekey=mods&inajax=1").body();
            assertThat(popup).contains("<em id=\"return_mods\">\n通过审核回复(1)</em>")
                    .contains("action=\"forum.php?mod=modcp&amp;action=moderate&amp;op=replies&amp;infloat=yes\"");
            String done = moderator.post("forum.php?mod=modcp&action=moderate&op=replies&infloat=yes&inajax=1", "formhash",
                    moderator.formhash(), "filter", "0", "modact", "validate", "modsubmit", "1", "posttableid", "0",
                    "handlekey", "mods", "moderate[]", String.valueOf(pid), "reason", "").body();
            assertThat(done).contains("succeedhandle_mods('forum.php?mod=modcp&action=moderate&op=replies&filter=0&fid=', "
                    + "'审核处理完毕', {})");
            assertThat(new ForumBrowser(portal).follow("forum.php?mod=viewthread&tid=1&page=7").body())
                    .contains("<div id=\"post_" + pid + "\" >");
        }
    }
}
