package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.PrintedTime;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.SiteMember;
import java.util.List;

/**
 * The page {@code 留言管理} of 5.5: the tabs, {@code form#articleforum} with the criteria, and after a search the
 * result table in {@code form#cpform} (checkbox {@code delete[]} = CID, article link, comment, author link, time,
 * newest first) or {@code 没有与条件匹配的评论}.
 */
final class CommentSearchPage {
    static final String NOTHING_FOUND = "没有与条件匹配的评论";

    private CommentSearchPage() {
    }

    /** @param results the matching comments with their articles, null before any search */
    static String render(Visit visit, CommentSearchCriteria search, List<QueueListPage.Held> results) {
        String tabs = "<div class=\"itemtitle\"><h3>留言管理</h3><ul class=\"tab1\">"
                + "<li><a href=\"admin.php?action=comment\"><span>评论/留言</span></a></li>"
                + "<li class=\"current\"><a href=\"" + AdminLinks.SEARCH + "\"><span>文章评论</span></a></li>"
                + "<li><a href=\"admin.php?action=comment&operation=topic\"><span>专题评论</span></a></li></ul></div>\n";
        String found = results == null ? "" : results(visit, search, results);
        return AdminChrome.page(visit, tabs + form(visit, search) + found);
    }

    private static String form(Visit visit, CommentSearchCriteria search) {
        return "<form name=\"cpform\" method=\"post\" autocomplete=\"off\" action=\"admin.php?action=comment&amp;"
                + "operation=article\" id=\"articleforum\">\n"
                + hidden("formhash", visit.adminFormhash()) + hidden("scrolltop", "") + hidden("anchor", "")
                + hidden("page", "1") + hidden("pp", String.valueOf(search.perpage()))
                + "<table class=\"tb tb2\" id=\"searchposts\">\n"
                + field("文章标题", "subject", search.subject())
                + field("文章 ID", "aid", search.aid() == 0 ? "" : String.valueOf(search.aid()))
                + field("评论内容关键字", "message", search.message())
                + field("评论者(多个用半角逗号 \",\" 隔开)", "author", String.join(",", search.authors()))
                + field("评论者 UID", "authorid", search.authorid() == 0 ? "" : String.valueOf(search.authorid()))
                + "<tr><td colspan=\"2\" class=\"td27\">评论时间范围:</td></tr>\n<tr class=\"noborder\"><td class=\"vtop "
                + "rowform\"><input type=\"text\" name=\"starttime\" value=\"" + HtmlText.escape(search.starttime())
                + "\" class=\"txt\" style=\"width: 108px;\" /> -- <input type=\"text\" name=\"endtime\" value=\""
                + HtmlText.escape(search.endtime()) + "\" class=\"txt\" style=\"width: 108px;\" /></td></tr>\n"
                + "<tr><td colspan=\"2\" class=\"td27\">每页显示数:</td></tr>\n<tr class=\"noborder\"><td class=\"vtop "
                + "rowform\"><select name=\"perpage\">" + perPage(search.perpage()) + "</select></td></tr>\n"
                + "<tr><td colspan=\"2\"><div class=\"fixsel\"><input type=\"submit\" class=\"btn\" "
                + "id=\"submit_searchsubmit\" name=\"searchsubmit\" value=\"提交\" /></div></td></tr>\n</table>\n</form>\n";
    }

    private static String results(Visit visit, CommentSearchCriteria search, List<QueueListPage.Held> results) {
        StringBuilder table = new StringBuilder("<iframe name=\"articleframe\" style=\"display: none;\"></iframe>\n"
                + "<form name=\"cpform\" method=\"post\" autocomplete=\"off\" action=\"admin.php?action=comment&amp;"
                + "operation=article&amp;frame=no\" id=\"cpform\" target=\"articleframe\">\n")
                .append(hidden("formhash", visit.adminFormhash())).append("<table class=\"tb tb2\">\n");
        if (results.isEmpty()) {
            return table.append("<tr><td colspan=\"5\">").append(NOTHING_FOUND)
                    .append("</td></tr>\n</table>\n</form>\n").toString();
        }
        table.append("<tr><th colspan=\"15\" class=\"partition\">符合条件的评论数 ").append(results.size())
                .append(" <a href=\"#\" onclick=\"$('articleforum').pp.value=''; $('articleforum').page.value='';"
                        + "$('articleforum').submit();\">重新搜索</a></th></tr>\n<tr class=\"header\"><th></th><th>文章标题"
                        + "</th><th>内容</th><th>作者</th><th>时间</th></tr>\n");
        int from = (search.page() - 1) * search.perpage();
        for (QueueListPage.Held held : results.subList(Math.min(from, results.size()),
                Math.min(results.size(), from + search.perpage()))) {
            table.append(row(held.comment(), held.article()));
        }
        String pager = AdminPageNavigation.links(AdminLinks.SEARCH + search.query(visit.site().charset()), search.page(),
                results.size(), search.perpage());
        return table.append("<tr><td class=\"td25\"><input type=\"checkbox\" name=\"chkall\" id=\"chkall\" "
                + "class=\"checkbox\" onclick=\"checkAll('prefix', this.form, 'delete')\" /><label for=\"chkall\">删?"
                + "</label></td><td colspan=\"4\"><input type=\"submit\" class=\"btn\" name=\"articlesubmit\" "
                + "value=\"删除\" />").append(pager)
                .append("</td></tr>\n</table>\n</form>\n").toString();
    }

    private static String row(PortalComment comment, PortalArticle article) {
        SiteMember author = comment.author();
        String who = author.guest() ? author.name() : "<a href=\"home.php?mod=space&uid=" + author.uid()
                + "\" target=\"_blank\">" + HtmlText.escape(author.name()) + "</a>";
        return "<tr class=\"hover\"><td class=\"td25\"><input class=\"checkbox\" type=\"checkbox\" name=\"delete[]\" "
                + "value=\"" + comment.cid() + "\" /></td><td><a href=\"portal.php?mod=view&aid=" + article.aid()
                + "\" target=\"_blank\">" + HtmlText.escape(article.title()) + "</a></td><td>" + comment.html()
                + "</td><td>" + who + "</td><td>" + PrintedTime.dateTime(comment.dateline()) + "</td></tr>\n";
    }

    private static String field(String label, String name, String value) {
        return "<tr><td colspan=\"2\" class=\"td27\">" + HtmlText.escape(label) + ":</td></tr>\n<tr class=\"noborder\">"
                + "<td class=\"vtop rowform\"><input type=\"text\" name=\"" + name + "\" value=\""
                + HtmlText.escape(value) + "\" class=\"txt\" /></td></tr>\n";
    }

    private static String perPage(int current) {
        StringBuilder options = new StringBuilder();
        for (int size : new int[] {20, 50, 100}) {
            options.append("<option value=\"").append(size).append('"')
                    .append(size == current ? " selected=\"selected\"" : "").append('>').append(size)
                    .append("</option>");
        }
        return options.toString();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + HtmlText.escape(value) + "\" />\n";
    }
}
