package dev.fenghuang.demo.page;

import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.SiteMember;
import dev.fenghuang.demo.write.CommentRights;
import java.util.List;

/**
 * Comment items of 3.4 ({@code <a name="comment_anchor_CID">} + {@code dl#comment_CID_li}), used on both pages,
 * with the edit and delete links where the viewer may use them and {@code <b>(待审核)</b>} on pending ones.
 */
final class CommentItems {
    private CommentItems() {
    }

    /** The comments of one page as a viewer sees them: the listed ones and how many were hidden. */
    record Shown(List<PortalComment> listed, int hidden) {
    }

    static Shown filter(List<PortalComment> page, SiteMember viewer) {
        List<PortalComment> listed = page.stream().filter(c -> CommentRights.sees(viewer, c)).toList();
        return new Shown(listed, page.size() - listed.size());
    }

    /**
     * @param quoteAid the aid the 引用 link passes: the aid on the article page, "" on the full comment page
     */
    static String render(List<PortalComment> comments, String quoteAid, SiteMember viewer) {
        StringBuilder items = new StringBuilder();
        for (PortalComment comment : comments) {
            int cid = comment.cid();
            items.append("<a name=\"comment_anchor_").append(cid).append("\"></a>\n")
                    .append("<dl id=\"comment_").append(cid).append("_li\" class=\"ptm pbm bbda cl\">\n")
                    .append("<dt class=\"mbm\">\n<span class=\"y xw0 xi2\">\n")
                    .append("<a href=\"javascript:;\" onclick=\"portal_comment_requote(").append(cid).append(", '")
                    .append(quoteAid).append("');\">引用</a> ").append(manage(comment, viewer)).append("</span>\n")
                    .append(author(comment.author())).append("\n<span class=\"xg1 xw0\">")
                    .append(PrintedTime.dateTime(comment.dateline())).append("</span>\n")
                    .append(comment.status() == PortalComment.PENDING ? "<b>(待审核)</b>" : "")
                    .append("</dt>\n<dd>").append(comment.html()).append("</dd>\n</dl>\n");
        }
        return items.toString();
    }

    private static String manage(PortalComment comment, SiteMember viewer) {
        if (!CommentRights.mayEdit(viewer, comment)) {
            return "";
        }
        int cid = comment.cid();
        String base = "<a href=\"portal.php?mod=portalcp&amp;ac=comment&amp;op=";
        String links = "\n" + base + "edit&amp;cid=" + cid + "\" id=\"c_" + cid + "_edit\" "
                + "onclick=\"showWindow(this.id, this.href, 'get', 0);\">编辑</a>\n";
        if (CommentRights.mayDelete(viewer, comment)) {
            links += base + "delete&amp;cid=" + cid + "\" id=\"c_" + cid + "_delete\" "
                    + "onclick=\"showWindow(this.id, this.href, 'get', 0);\">删除</a>\n";
        }
        return links;
    }

    private static String author(SiteMember author) {
        if (author.guest()) {
            return author.name();
        }
        return "<a href=\"home.php?mod=space&amp;uid=" + author.uid() + "\" class=\"xi2 xw1\" c=\"1\">"
                + HtmlText.escape(author.name()) + "</a>";
    }
}
