package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadType;
import dev.fenghuang.demo.http.Visit;
import java.util.List;

/** The popups of the thread tools (5.8): {@code form#moderateform} with the items of each action. */
final class ThreadToolForms {
    private static final List<String> REASONS = List.of("广告/SPAM", "恶意灌水", "违规内容", "文不对题", "重复发帖");

    private ThreadToolForms() {
    }

    private static String hidden(String name, Object value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\" />";
    }

    static String popup(Visit visit, ForumData data, Board board, String action, List<ForumThread> threads,
            List<ForumPost> posts) {
        var request = visit.request();
        String head;
        String items;
        String count;
        if (action.equals("moderate")) {
            int optgroup = request.intParam("optgroup");
            head = "<form id=\"moderateform\" method=\"post\" autocomplete=\"off\" action=\"forum.php?mod=topicadmin&amp;"
                    + "action=moderate&amp;optgroup=" + optgroup + "&amp;modsubmit=yes&amp;infloat=yes\" onsubmit=\"ajaxpost("
                    + "'moderateform', 'return_mods', 'return_mods', 'onerror');return false;\">\n"
                    + hidden("frommodcp", "") + hidden("formhash", visit.formhash()) + hidden("fid", board.fid()) + "\n"
                    + hidden("redirect", ForumHtml.escape(redirect(visit, threads.get(0)))) + hidden("handlekey", "mods");
            StringBuilder ids = new StringBuilder();
            for (ForumThread thread : threads) {
                ids.append(hidden("moderate[]", thread.tid()));
            }
            head += ids + "\n";
            items = threadItems(data, board, threads.get(0), optgroup, request.param("operation"));
            count = String.valueOf(threads.size());
        } else {
            head = "<form id=\"moderateform\" method=\"post\" autocomplete=\"off\" action=\"forum.php?mod=topicadmin&amp;"
                    + "action=" + action + "&amp;modsubmit=yes&amp;infloat=yes&amp;modclick=yes\" onsubmit=\"ajaxpost("
                    + "'moderateform', 'return_mods', 'return_mods', 'onerror');return false;\">\n"
                    + hidden("formhash", visit.formhash()) + hidden("fid", board.fid()) + hidden("tid", threads.get(0).tid())
                    + hidden("page", Math.max(1, request.intParam("page"))) + hidden("handlekey", "mods");
            StringBuilder ids = new StringBuilder();
            for (ForumPost post : posts) {
                ids.append(hidden("topiclist[]", post.pid()));
            }
            head += ids + "\n";
            items = action.equals("delpost") ? deleteOptions()
                    : "<ul class=\"llst\">\n<li><label><input type=\"radio\" name=\"banned\" class=\"pr\" value=\"1\" "
                            + "checked=\"checked\" />屏蔽</label></li>\n<li><label><input type=\"radio\" name=\"banned\" "
                            + "class=\"pr\" value=\"0\" />解除屏蔽</label></li>\n</ul>\n";
            count = String.valueOf(posts.size());
        }
        StringBuilder reasons = new StringBuilder();
        for (String reason : REASONS) {
            reasons.append("<li>").append(reason).append("</li>");
        }
        return "<div class=\"tm_c\" id=\"floatlayout_topicadmin\">\n<h3 class=\"flb\"><em id=\"return_mods\">选择了 " + count
                + " 篇帖子</em><span><a href=\"javascript:;\" class=\"flbc\" onclick=\"hideWindow('mods')\" title=\"关闭\">"
                + "关闭</a></span></h3>\n" + head + items + "<div class=\"tplw\">\n<p class=\"mbn\">操作原因:</p>\n"
                + "<textarea id=\"reason\" name=\"reason\" class=\"pt\" rows=\"3\"></textarea> <ul id=\"reasonselect\" "
                + "style=\"display: none\">" + reasons + "</ul>\n</div>\n<p class=\"o pns\">\n<label for=\"sendreasonpm\">"
                + "<input type=\"checkbox\" name=\"sendreasonpm\" id=\"sendreasonpm\" class=\"pc\" />通知作者</label>\n"
                + "<button type=\"submit\" name=\"modsubmit\" id=\"modsubmit\" class=\"pn pnc\" value=\"确定\"><span>确定"
                + "</span></button>\n</p>\n</form>\n</div>\n";
    }

    private static String redirect(Visit visit, ForumThread thread) {
        String referer = visit.request().referer();
        return referer.isEmpty() ? visit.siteUrl() + "./" : referer;
    }

    private static String deleteOptions() {
        return "<p class=\"mbn\"><label><input type=\"checkbox\" name=\"banuser\" class=\"pc\" value=\"1\" />禁言</label>"
                + " <label><input type=\"checkbox\" name=\"userdelpost\" class=\"pc\" value=\"1\" />清空帖子</label>"
                + " <label><input type=\"checkbox\" name=\"crimerecord\" class=\"pc\" value=\"1\" />违规登记</label></p>\n";
    }

    private static String checkbox(String value, String label, boolean checked) {
        return "<li><label><input type=\"checkbox\" name=\"operations[]\" class=\"pc\" value=\"" + value + "\""
                + (checked ? " checked=\"checked\"" : "") + " />" + label + "</label></li>\n";
    }

    private static String select(String name, String[] labels, int selected) {
        StringBuilder select = new StringBuilder("<select name=\"" + name + "\" class=\"ps\">");
        for (int i = 0; i < labels.length; i++) {
            select.append("<option value=\"").append(i).append("\"").append(i == selected ? " selected=\"selected\"" : "")
                    .append(">").append(labels[i]).append("</option>");
        }
        return select.append("</select>\n").toString();
    }

    private static String threadItems(ForumData data, Board board, ForumThread thread, int optgroup, String operation) {
        return switch (optgroup) {
            case 1 -> "<ul class=\"tpcl\">\n" + checkbox("stick", "置顶", operation.equals("stick"))
                    + select("sticklevel", new String[] {"无", "本版置顶", "分类置顶"}, Math.max(1, thread.sticky()))
                    + "<input type=\"text\" name=\"expirationstick\" class=\"px\" value=\"\" />\n"
                    + checkbox("digest", "精华", operation.equals("digest"))
                    + select("digestlevel", new String[] {"解除", "精华 1", "精华 2", "精华 3"}, Math.max(1, thread.digest()))
                    + "<input type=\"text\" name=\"expirationdigest\" class=\"px\" value=\"\" />\n"
                    + checkbox("bump", "提升", operation.equals("bump"))
                    + "<input type=\"text\" name=\"expirationbump\" class=\"px\" value=\"\" />\n"
                    + checkbox("highlight", "高亮", operation.equals("highlight"))
                    + select("highlight_color", new String[] {"#000", "#EE1B2E", "#EE5023", "#996600", "#3C9D40", "#2897C5",
                        "#2B65B7", "#8F2A90", "#EC1282"}, thread.highlight() % 10)
                    + "<input type=\"hidden\" name=\"highlight_style[1]\" value=\"0\" /><input type=\"hidden\" "
                    + "name=\"highlight_style[2]\" value=\"0\" /><input type=\"hidden\" name=\"highlight_style[3]\" "
                    + "value=\"0\" /><input type=\"text\" name=\"expirationhighlight\" class=\"px\" value=\"\" />\n"
                    + "<input type=\"hidden\" name=\"highlight_bgcolor\" value=\"\" />\n</ul>\n";
            case 2 -> moveItems(data, board, operation);
            case 4 -> "<ul class=\"llst\">\n<li><label><input type=\"radio\" name=\"operations[]\" class=\"pr\" value=\"open\""
                    + (thread.closed() ? " checked=\"checked\"" : "") + " />打开主题</label></li>\n<li><label><input "
                    + "type=\"radio\" name=\"operations[]\" class=\"pr\" value=\"close\"" + (thread.closed() ? ""
                            : " checked=\"checked\"") + " />关闭主题</label></li>\n</ul>\n<input type=\"text\" "
                    + "name=\"expirationclose\" class=\"px\" value=\"\" />\n";
            default -> "<input type=\"hidden\" name=\"operations[]\" value=\"delete\" />\n<p>您确认要 <strong>删除</strong> "
                    + "选择的主题么?</p>\n" + deleteOptions();
        };
    }

    private static String moveItems(ForumData data, Board board, String operation) {
        StringBuilder options = new StringBuilder();
        for (Board target : data.allBoards()) {
            options.append("<option value=\"").append(target.fid()).append("\"")
                    .append(target.fid() == board.fid() ? " selected=\"selected\"" : "").append(">")
                    .append(target.parentFid() > 0 ? "&nbsp; &nbsp; &nbsp; " : "").append(ForumHtml.escape(target.name()))
                    .append("</option>\n");
        }
        StringBuilder types = new StringBuilder("<option value=\"0\"></option>");
        for (ThreadType type : board.types()) {
            types.append("<option value=\"").append(type.typeid()).append("\">").append(ForumHtml.escape(type.name()))
                    .append("</option>");
        }
        return "<input type=\"hidden\" name=\"operations[]\" value=\"" + (operation.equals("type") ? "type" : "move")
                + "\" />\n<select name=\"moveto\" id=\"moveto\" class=\"ps\" onchange=\"ajaxget('forum.php?mod=ajax&action="
                + "getthreadtypes&fid=' + this.value, 'threadtypes')\">\n" + options + "</select>\n<select "
                + "name=\"threadtypeid\" id=\"threadtypes\" class=\"ps\">" + types + "</select>\n<ul class=\"llst\">\n"
                + "<li><label><input type=\"radio\" name=\"type\" class=\"pr\" value=\"normal\" checked=\"checked\" />移动"
                + "主题</label></li>\n<li><label><input type=\"radio\" name=\"type\" class=\"pr\" value=\"redirect\" />保留"
                + "转向</label></li>\n</ul>\n";
    }
}
