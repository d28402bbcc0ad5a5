package dev.fenghuang.demo.write;

import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalComment;

/** The edit and delete dialogs of 3.6 ({@code op=edit}, {@code op=delete}), LF line ends. */
final class CommentForms {
    private CommentForms() {
    }

    static String edit(Visit visit, PortalComment comment) {
        int cid = comment.cid();
        String key = visit.request().handlekey();
        return heading(key, "编辑") + "<form id=\"editcommentform_" + cid + "\" name=\"editcommentform_" + cid
                + "\" method=\"post\" autocomplete=\"off\" action=\"portal.php?mod=portalcp&amp;ac=comment&amp;op=edit"
                + "&amp;cid=" + cid + "\"" + onsubmit(visit, key) + ">\n"
                + hidden("referer", referer(visit)) + hidden("editsubmit", "true")
                + (visit.request().ajax() ? hidden("handlekey", key) : "") + hidden("formhash", visit.formhash())
                + "<div class=\"c\">\n<table>\n<tr>\n<th>编辑内容: </th>\n<td><textarea id=\"message_" + cid
                + "\" name=\"message\" cols=\"70\" onkeydown=\"ctrlEnter(event, 'editsubmit_btn');\" rows=\"8\" "
                + "class=\"pt\">" + HtmlText.escape(comment.message()) + "</textarea></td>\n</tr>\n</table>\n</div>\n"
                + "<p class=\"o pns\">\n<button name=\"editsubmit_btn\" type=\"submit\" value=\"true\" "
                + "class=\"pn pnc\" id=\"editsubmit_btn\"><strong>提交</strong></button>\n</p>\n</form>\n";
    }

    static String delete(Visit visit, PortalComment comment) {
        int cid = comment.cid();
        String key = visit.request().handlekey();
        return heading(key, "删除回复") + "<form id=\"deletecommentform_" + cid + "\" name=\"deletecommentform_" + cid
                + "\" method=\"post\" autocomplete=\"off\" action=\"portal.php?mod=portalcp&amp;ac=comment&amp;op=delete"
                + "&amp;cid=" + cid + "\"" + onsubmit(visit, key) + ">\n"
                + hidden("referer", referer(visit)) + hidden("deletesubmit", "true") + hidden("formhash", visit.formhash())
                + (visit.request().ajax() ? hidden("handlekey", key) : "")
                + "<div class=\"c\">确定删除指定的回复吗？</div>\n<p class=\"o pns\">\n<button name=\"deletesubmitbtn\" "
                + "type=\"submit\" class=\"pn pnc\" value=\"true\"><strong>确定</strong></button>\n</p>\n</form>\n";
    }

    private static String heading(String key, String title) {
        return "<h3 class=\"flb\">\n<em id=\"return_" + key + "\">" + title + "</em>\n<span><a href=\"javascript:;\" "
                + "class=\"flbc\" onclick=\"hideWindow('" + key + "');\" title=\"关闭\">关闭</a></span>\n</h3>\n";
    }

    private static String onsubmit(Visit visit, String key) {
        return visit.request().ajax() ? " onsubmit=\"ajaxpost(this.id, 'return_" + key + "');return false;\"" : "";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\" />\n";
    }

    /** The request's Referer header, {@code SITE./} when none was sent; printed with a raw {@code &}. */
    private static String referer(Visit visit) {
        String referer = visit.request().referer();
        return (referer.isEmpty() ? visit.siteUrl() + "./" : referer).replace("\"", "&quot;").replace("<", "&lt;");
    }
}
