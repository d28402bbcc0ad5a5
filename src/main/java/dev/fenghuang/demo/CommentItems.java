package dev.fenghuang.demo;

import java.util.List;

/** Comment items of 3.4 ({@code <a name="comment_anchor_CID">} + {@code dl#comment_CID_li}), used on both pages. */
final class CommentItems {
    private CommentItems() {
    }

    /**
     * @param quoteAid the aid the 引用 link passes: the aid on the article page, "" on the full comment page
     */
    static String render(List<PortalComment> comments, String quoteAid) {
        StringBuilder items = new StringBuilder();
        for (PortalComment comment : comments) {
            int cid = comment.cid();
            items.append("<a name=\"comment_anchor_").append(cid).append("\"></a>\n")
                    .append("<dl id=\"comment_").append(cid).append("_li\" class=\"ptm pbm bbda cl\">\n")
                    .append("<dt class=\"mbm\">\n<span class=\"y xw0 xi2\">\n")
                    .append("<a href=\"javascript:;\" onclick=\"portal_comment_requote(").append(cid).append(", '")
                    .append(quoteAid).append("');\">引用</a> </span>\n").append(author(comment.author()))
                    .append("\n<span class=\"xg1 xw0\">").append(DiscuzTime.dateTime(comment.dateline()))
                    .append("</span>\n</dt>\n<dd>").append(comment.html()).append("</dd>\n</dl>\n");
        }
        return items.toString();
    }

    private static String author(Member author) {
        if (author.guest()) {
            return author.name();
        }
        return "<a href=\"home.php?mod=space&amp;uid=" + author.uid() + "\" class=\"xi2 xw1\" c=\"1\">"
                + HtmlText.escape(author.name()) + "</a>";
    }
}
