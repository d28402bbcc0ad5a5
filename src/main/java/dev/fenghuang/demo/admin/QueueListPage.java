package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.HeldComments;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import java.util.List;

/**
 * The list of {@code admin.php?action=moderate&operation=articlecomments} (5.4): the search box and the held
 * comments in {@code form#cpform}, newest queue entry first, then the admin pager and the decision bar. An empty
 * list has no rows and no text.
 */
final class QueueListPage {
    /** A held comment with its article. */
    record Held(PortalComment comment, PortalArticle article) {
    }

    private final PortalContent content;
    private final HeldComments queue;

    QueueListPage(PortalContent content, HeldComments queue) {
        this.content = content;
        this.queue = queue;
    }

    /** Every held comment the filter admits, newest queue entry first. */
    List<Held> matching(QueueFilterForm filter, long now) {
        return queue.newestFirst(filter.ignored()).stream()
                .flatMap(entry -> content.comment(entry.cid()).stream())
                .flatMap(comment -> content.article(comment.aid()).map(a -> new Held(comment, a)).stream())
                .filter(held -> filter.admits(held.comment(), held.article(), now)).toList();
    }

    /** How many comments wait (ignored ones not counted), for the admin home. */
    int waiting() {
        return (int) queue.newestFirst(false).stream().filter(e -> content.comment(e.cid()).isPresent()).count();
    }

    String render(Visit visit, QueueFilterForm filter) {
        List<Held> all = matching(filter, visit.site().now());
        int from = (filter.page() - 1) * filter.tpp();
        List<Held> shown = from >= all.size() ? List.of()
                : all.subList(from, Math.min(all.size(), from + filter.tpp()));
        StringBuilder rows = new StringBuilder();
        for (Held held : shown) {
            rows.append(QueueRows.render(held.comment(), held.article(), filter.page(), filter.highlightsCensorWords(),
                    visit.site().authkey()));
        }
        String pager = AdminPageNavigation.links(AdminLinks.QUEUE + filter.query(visit.site().charset()), filter.page(),
                all.size(), filter.tpp());
        String content = "<div class=\"itemtitle\"><h3>审核文章评论</h3></div>\n"
                + "<form name=\"cpform\" method=\"post\" autocomplete=\"off\" action=\"admin.php?action=moderate&amp;"
                + "operation=articlecomments\" id=\"cpform\">\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.adminFormhash() + "\" />\n"
                + "<input type=\"hidden\" id=\"formscrolltop\" name=\"scrolltop\" value=\"\" />\n"
                + "<input type=\"hidden\" name=\"anchor\" value=\"\" />\n" + searchBox(filter)
                + "<table class=\"tb tb2 nobdb fixpadding\">\n<tr><td colspan=\"4\"><a href=\"javascript:;\" "
                + "onclick=\"expand_all();\">全部展开</a> | <a href=\"javascript:;\" onclick=\"fold_all();\">全部折叠</a>"
                + "</td></tr>\n" + rows + "<tr><td colspan=\"4\">" + pager + "</td></tr>\n" + decisionBar()
                + "</table>\n</form>\n<iframe name=\"fasthandle\" style=\"display: none;\"></iframe>\n";
        return AdminChrome.page(visit, content);
    }

    private String searchBox(QueueFilterForm filter) {
        StringBuilder categories = new StringBuilder("<option value=\"\">全部</option>");
        for (PortalCategory category : content.categories()) {
            String value = String.valueOf(category.catid());
            categories.append(option(value, HtmlText.escape(category.name()), value.equals(filter.catid())));
        }
        StringBuilder sizes = new StringBuilder();
        for (int size : QueueFilterForm.PAGE_SIZES) {
            sizes.append(option(String.valueOf(size), String.valueOf(size), size == filter.tpp()));
        }
        return "<table class=\"tb tb2\" id=\"search\">\n<tr><th colspan=\"4\" class=\"partition\">搜索</th></tr>\n"
                + "<tr class=\"hover\"><td class=\"td23\">发表者:</td><td><input type=\"text\" name=\"username\" value=\""
                + HtmlText.escape(filter.username()) + "\" class=\"txt\" /></td>\n<td class=\"td23\">分类:</td><td>"
                + "<select name=\"catid\">" + categories + "</select></td></tr>\n"
                + "<tr class=\"hover\"><td>关键字:</td><td><input type=\"text\" name=\"keyword\" value=\""
                + HtmlText.escape(filter.keyword()) + "\" class=\"txt\" /></td>\n<td>每页显示:</td><td><select "
                + "name=\"tpp\">" + sizes + "</select> <input type=\"checkbox\" name=\"showcensor\" id=\"showcensor\" "
                + "value=\"yes\" class=\"checkbox\"" + (filter.highlightsCensorWords() ? " checked=\"checked\"" : "")
                + " /><label for=\"showcensor\">显示敏感词</label></td></tr>\n"
                + "<tr class=\"hover\"><td>状态:</td><td><select name=\"filter\">"
                + option("normal", "未审核", !filter.ignored()) + option("ignore", "已忽略", filter.ignored())
                + "</select></td>\n<td>时间范围:</td><td><select name=\"dateline\">"
                + option("604800", "一周", filter.dateline().equals("604800"))
                + option("2592000", "一月", filter.dateline().equals("2592000"))
                + option("7776000", "三月", filter.dateline().equals("7776000"))
                + option(QueueFilterForm.ALL_TIME, "全部", filter.dateline().equals(QueueFilterForm.ALL_TIME))
                + "</select> <input type=\"submit\" class=\"btn\" value=\"搜索\" /></td></tr>\n</table>\n";
    }

    private static String decisionBar() {
        return "<tr><td colspan=\"4\"><div class=\"fixsel\">"
                + "<a href=\"javascript:;\" onclick=\"mod_setbg_all('validate');\">全部通过</a> &nbsp;"
                + "<a href=\"javascript:;\" onclick=\"mod_setbg_all('delete');\">全部删除</a> &nbsp;"
                + "<a href=\"javascript:;\" onclick=\"mod_setbg_all('ignore');\">全部忽略</a> &nbsp;"
                + "<a href=\"javascript:;\" onclick=\"mod_cancel_all();\">全部取消</a> &nbsp;"
                + "<input type=\"submit\" class=\"btn\" id=\"submit_modsubmit\" name=\"modsubmit\" value=\"提交\" />"
                + "</div></td></tr>\n";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected=\"selected\"" : "") + ">" + label
                + "</option>";
    }
}
