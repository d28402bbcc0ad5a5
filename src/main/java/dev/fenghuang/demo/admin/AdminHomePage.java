package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.Visit;

/**
 * The admin home {@code admin.php?action=index} (5.4): the header's {@code span#mod_num} always 0, and the
 * 待处理事项 box with the number of waiting article comments while there are any (ignored ones not counted).
 */
final class AdminHomePage {
    private AdminHomePage() {
    }

    static String render(Visit visit, int waiting) {
        String box = waiting == 0 ? "" : "<div class=\"boxbody\"><h3 class=\"left margintop\">待处理事项: </h3>"
                + "<p class=\"left difflink\"><a href=\"" + AdminLinks.QUEUE + "&dateline=" + QueueFilterForm.ALL_TIME
                + "\">等待审核的文章评论数</a>(<em class=\"lightnum\">" + waiting + "</em>)</p>"
                + "<div class=\"clear\"></div></div>\n";
        String content = "<div id=\"header\"><p class=\"y\">待处理事项: <span id=\"mod_num\">0</span></p>"
                + "<h2>" + SiteSettings.SITE_NAME + " 管理中心</h2></div>\n"
                + "<div class=\"itemtitle\"><h3>管理中心首页</h3></div>\n" + box
                + "<script type=\"text/JavaScript\">if(parent.$('mod_num')) {parent.$('mod_num').innerHTML = '"
                + waiting + "';}</script>\n";
        return AdminChrome.page(visit, content);
    }
}
