package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.html.PostMarkup;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.admin.AdminChrome;
import dev.fenghuang.demo.admin.AdminPageNavigation;
import dev.fenghuang.demo.http.Visit;
import java.util.List;

/** The list of an admin forum queue (5.7): search box, three rows per held item, decision bar. */
final class ForumQueuePage {
    private static final String[][] DECISIONS = {{"validate", "通过"}, {"delete", "删除"}, {"ignore", "忽略"}};

    private ForumQueuePage() {
    }

    static String render(Visit visit, ForumData data, ForumQueueFilter filter, boolean threads) {
        long now = visit.site().now();
        List<ForumQueues.Held> all = ForumQueues.matching(data, filter, threads, now);
        int from = (filter.page() - 1) * filter.perPage();
        List<ForumQueues.Held> shown = from >= all.size() ? List.of()
                : all.subList(from, Math.min(all.size(), from + filter.perPage()));
        StringBuilder rows = new StringBuilder();
        for (ForumQueues.Held held : shown) {
            rows.append(rows(visit, data, held, threads, filter));
        }
        String operation = threads ? "threads" : "replies";
        String content = "<div class=\"itemtitle\"><h3>" + (threads ? "审核新主题" : "审核新回复") + "</h3></div>\n"
                + "<form name=\"cpform\" method=\"post\" autocomplete=\"off\" action=\"admin.php?action=moderate&amp;"
                + "operation=" + operation + "\" id=\"cpform\">\n<input type=\"hidden\" name=\"formhash\" value=\""
                + visit.adminFormhash() + "\" />\n<input type=\"hidden\" id=\"formscrolltop\" name=\"scrolltop\" value=\"\" />"
                + "\n<input type=\"hidden\" name=\"anchor\" value=\"\" />\n" + searchBox(data, filter, threads)
                + "<table class=\"tb tb2 nobdb fixpadding\">\n" + rows + "<tr><td colspan=\"5\">"
                + AdminPageNavigation.links(filter.pagerBase(threads, visit.site().charset()), filter.page(), all.size(),
                        filter.perPage()) + "</td></tr>\n" + decisionBar() + "</table>\n</form>\n"
                + "<iframe name=\"fasthandle\" style=\"display: none;\"></iframe>\n";
        return AdminChrome.page(visit, content);
    }

    private static String rows(Visit visit, ForumData data, ForumQueues.Held held, boolean threads,
            ForumQueueFilter filter) {
        ForumThread thread = held.thread();
        ForumPost post = held.post();
        int id = threads ? thread.tid() : post.pid();
        int fid = thread.fid();
        String key = ForumRights.modthreadKey(visit, thread.tid());
        Board board = data.board(fid).orElseThrow();
        StringBuilder radios = new StringBuilder();
        for (int i = 0; i < DECISIONS.length; i++) {
            String rid = "mod_" + id + "_" + (i + 1);
            radios.append("<li><input class=\"radio\" type=\"radio\" name=\"moderate[").append(id).append("]\" id=\"")
                    .append(rid).append("\" value=\"").append(DECISIONS[i][0]).append("\" onclick=\"mod_setbg(").append(id)
                    .append(", '").append(DECISIONS[i][0]).append("');\"><label for=\"").append(rid).append("\">")
                    .append(DECISIONS[i][1]).append("</label></li>");
        }
        String subject = ForumHtml.escape(thread.subject());
        String title = threads ? "<h3><a href=\"javascript:;\" onclick=\"display_toggle('" + id + "');\">" + subject
                + "</a> </h3>" : "<h3> <a href=\"javascript:;\" onclick=\"display_toggle('" + id + "');\">" + subject
                + " &rsaquo;</a> " + (post.subject().isEmpty() ? "" : "<a href=\"javascript:;\"><b>"
                        + ForumHtml.escape(post.subject()) + "</b></a>") + "</h3>";
        String author = (threads ? "?action" : "admin.php?action") + "=members&operation=search&uid="
                + post.author().uid() + "&submit=yes";
        String links = threads
                ? "<a target=\"_blank\" href=\"forum.php?mod=viewthread&tid=" + thread.tid() + "&modthreadkey=" + key
                        + "\">查看</a>&nbsp;<a href=\"forum.php?mod=post&action=edit&fid=" + fid + "&tid=" + thread.tid()
                        + "&pid=" + post.pid() + "&modthreadkey=" + key + "\" target=\"_blank\">编辑</a>"
                : "<a target=\"_blank\" href=\"forum.php?mod=redirect&goto=findpost&ptid=" + thread.tid() + "&pid="
                        + post.pid() + "\">查看</a>&nbsp;<a href=\"forum.php?mod=viewthread&tid=" + thread.tid()
                        + "&modthreadkey=" + key + "\" target=\"_blank\">编辑</a>";
        PostMarkup.Context context = new PostMarkup.Context(visit.siteUrl(), fid, thread.tid(), post.pid(), true,
                data::attachment);
        String html = ForumQueues.highlight(PostMarkup.render(post.message(), context), filter.showCensor());
        StringBuilder fast = new StringBuilder();
        for (String[] decision : DECISIONS) {
            String url = threads ? "?action=moderate&operation=threads&fast=1&fid=" + fid + "&tid=" + id + "&moderate["
                    + id + "]=" + decision[0] + "&page=1&frame=no"
                    : "?action=moderate&operation=replies&fast=1&fid=" + fid + "&tid=" + thread.tid() + "&pid=" + id
                            + "&moderate[" + id + "]=" + decision[0] + "&page=1&posttableid=0&frame=no";
            fast.append(fast.length() == 0 ? "" : " <span class=\"pipe\">|</span> ").append("<a href=\"").append(url)
                    .append("\" target=\"fasthandle\">").append(decision[1]).append("</a>");
        }
        return "<tbody class=\"hover\" id=\"\">\n<tr id=\"mod_" + id + "_row1\" class=\"hover\"><td id=\"mod_" + id
                + "_row1_op\" rowspan=\"3\" class=\"rowform threadopt\" style=\"width:80px;\"><ul class=\"nofloat\">"
                + radios + "</ul></td>\n<td>" + title + "<p>127.0.0.1-- Reserved</p></td>\n<td width=\"120\"><a "
                + "target=\"_blank\" href=\"forum.php?mod=forumdisplay&fid=" + fid + "\">" + ForumHtml.escape(board.name())
                + "</a></td>\n<td width=\"120\"><p><a href=\"" + author + "\" target=\"_blank\">"
                + ForumHtml.escape(post.author().name()) + "</a></p> <p>" + ForumTime.minutes(post.dateline())
                + "</p></td>\n<td width=\"70\">" + links + "</td></tr>\n<tr id=\"mod_" + id + "_row2\"><td colspan=\"4\" "
                + "class=\"rowform threadopt\"><div style=\"overflow: auto; overflow-x: hidden; max-height:120px; "
                + "height:auto !important; height:100px; word-break: break-all;\">" + html + "</div></td></tr>\n"
                + "<tr id=\"mod_" + id + "_row3\"><td colspan=\"4\" class=\"threadopt\" style=\"text-align: right;\">"
                + fast + (threads ? " <span class=\"pipe\">|</span> <a href=\"forum.php?mod=post&action=edit&fid=" + fid
                        + "&tid=" + thread.tid() + "&pid=" + post.pid() + "&modthreadkey=" + key + "\" target=\"_blank\">"
                        + "编辑主题</a>" : "") + " 操作理由: <input type=\"text\" class=\"txt\" name=\"pm_" + id + "\" "
                + "id=\"pm_" + id + "\" style=\"margin: 0px;\"> <select onchange=\"$('pm_" + id + "').value=this.value\">"
                + "<option value=\"\">自定义</option><option value=\"广告/SPAM\">广告/SPAM</option><option value=\"恶意灌水\">"
                + "恶意灌水</option></select><p id=\"deloptions_" + id + "\" style=\"display: none\"><input "
                + "type=\"checkbox\" name=\"banuser_" + id + "\" class=\"checkbox\" />禁言 <input type=\"checkbox\" "
                + "name=\"userdelpost_" + id + "\" class=\"checkbox\" />清空帖子 <input type=\"checkbox\" name=\"crimerecord_"
                + id + "\" class=\"checkbox\" />违规登记</p></td></tr>\n</tbody>\n";
    }

    private static String searchBox(ForumData data, ForumQueueFilter filter, boolean threads) {
        StringBuilder boards = new StringBuilder(option("all", "所有帖子", filter.modfid() == 0));
        for (Board board : data.allBoards()) {
            boards.append(option(String.valueOf(board.fid()), ForumHtml.escape(board.name()), board.fid() == filter.modfid()));
        }
        StringBuilder sizes = new StringBuilder();
        for (int size : new int[] {20, 50, 100}) {
            sizes.append(option(String.valueOf(size), String.valueOf(size), size == filter.perPage()));
        }
        String d = filter.dateline();
        return "<table class=\"tb tb2\" id=\"search\">\n<tr><th colspan=\"4\" class=\"partition\">搜索</th></tr>\n"
                + "<tr class=\"hover\"><td class=\"td23\">用户名:</td><td><input type=\"text\" name=\"username\" value=\""
                + ForumHtml.escape(filter.username()) + "\" class=\"txt\" /></td>\n<td class=\"td23\">"
                + (threads ? "标题包含" : "内容包含") + ":</td><td><input type=\"text\" name=\"title\" value=\""
                + ForumHtml.escape(filter.title()) + "\" class=\"txt\" /></td></tr>\n<tr class=\"hover\"><td>每页显示:</td>"
                + "<td><select name=\"" + (threads ? "tpp" : "ppp") + "\">" + sizes + "</select> <input type=\"checkbox\" "
                + "name=\"showcensor\" id=\"showcensor\" value=\"yes\" class=\"checkbox\"" + (filter.showCensor()
                        ? " checked=\"checked\"" : "") + " /><label for=\"showcensor\">显示敏感词</label></td>\n"
                + "<td>状态:</td><td><select name=\"filter\">" + option("normal", "未审核", !filter.ignored())
                + option("ignore", "已忽略", filter.ignored()) + "</select></td></tr>\n<tr class=\"hover\"><td>版块:</td>"
                + "<td><select name=\"modfid\">" + boards + "</select></td>\n<td>时间范围:</td><td><select name=\"dateline\">"
                + option("all", "全部", d.equals("all")) + option("604800", "一周", d.equals("604800"))
                + option("2592000", "一月", d.equals("2592000")) + option("7776000", "三月", d.equals("7776000"))
                + "</select> <input type=\"submit\" class=\"btn\" value=\"搜索\" /></td></tr>\n</table>\n";
    }

    private static String decisionBar() {
        return "<tr><td colspan=\"5\"><div class=\"fixsel\"><a href=\"javascript:;\" onclick=\"mod_setbg_all('validate');\">"
                + "全部通过</a> &nbsp;<a href=\"javascript:;\" onclick=\"mod_setbg_all('delete');\">全部删除</a> &nbsp;"
                + "<a href=\"javascript:;\" onclick=\"mod_setbg_all('ignore');\">全部忽略</a> &nbsp;<a href=\"javascript:;\" "
                + "onclick=\"mod_cancel_all();\">全部取消</a> &nbsp;<input type=\"submit\" class=\"btn\" "
                + "id=\"submit_modsubmit\" name=\"modsubmit\" value=\"提交\" /></div></td></tr>\n";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + value + "\"" + (selected ? " selected=\"selected\"" : "") + ">" + label + "</option>";
    }
}
