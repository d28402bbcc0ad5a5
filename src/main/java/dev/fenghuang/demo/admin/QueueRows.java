package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.http.Formhash;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.page.PrintedTime;
import dev.fenghuang.demo.store.Censor;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.SiteMember;

/**
 * One held comment of the queue as X3.5 prints it (5.4): a {@code tbody.hover} with {@code tr#mod_CID_row1} (the
 * three decision radios, the article title with its trailing space, the commenter and time, 查看 and 编辑),
 * {@code tr#mod_CID_row2} (the comment HTML in a scrolling div) and {@code tr#mod_CID_row3} (the fast links).
 */
final class QueueRows {
    private static final String[][] DECISIONS = {{"validate", "通过"}, {"delete", "删除"}, {"ignore", "忽略"}};

    private QueueRows() {
    }

    /** @param key the site secret the 查看 and 编辑 keys are made from */
    static String render(PortalComment comment, PortalArticle article, int page, boolean censorWords, String key) {
        int cid = comment.cid();
        String html = censorWords ? Censor.highlight(comment.html()) : comment.html();
        return "<tbody class=\"hover\">\n<tr id=\"mod_" + cid + "_row1\" class=\"hover\">\n<td id=\"mod_" + cid
                + "_row1_op\" rowspan=\"3\" class=\"rowform threadopt\" style=\"width:80px;\"><ul class=\"nofloat\">"
                + radios(cid) + "</ul></td>\n"
                + "<td><h3><a href=\"javascript:;\" onclick=\"display_toggle(" + cid + ");\">"
                + HtmlText.escape(article.title()) + " </a></h3></td>\n"
                + "<td><p>" + commenter(comment.author()) + "</p> <p>" + PrintedTime.dateTime(comment.dateline())
                + "</p></td>\n<td><a href=\"portal.php?mod=view&aid=" + article.aid() + "&modarticlekey="
                + Formhash.md5(article.aid() + key).substring(0, 16) + "#comment_anchor_" + cid
                + "\" target=\"_blank\">查看</a>&nbsp;<a href=\"portal.php?mod=portalcp&ac=comment&op=edit&cid=" + cid
                + "&modarticlecommentkey=" + Formhash.md5(cid + key).substring(0, 16)
                + "\" target=\"_blank\">编辑</a></td>\n</tr>\n"
                + "<tr id=\"mod_" + cid + "_row2\">\n<td colspan=\"4\"><div style=\"overflow: auto; "
                + "overflow-x: hidden; max-height:120px; height:auto !important; height:100px; word-break: break-all;\">" + html
                + "</div></td>\n</tr>\n"
                + "<tr id=\"mod_" + cid + "_row3\">\n<td colspan=\"4\" class=\"threadopt\" "
                + "style=\"text-align: right;\">"
                + fastLinks(cid, page) + "</td>\n</tr>\n</tbody>\n";
    }

    /** The relative fast-decision URL of a row-3 link. */
    static String fastUrl(int cid, String decision, int page) {
        return "?action=moderate&operation=articlecomments&fast=1&cid=" + cid + "&moderate[" + cid + "]=" + decision
                + "&page=" + page + "&frame=no";
    }

    private static String radios(int cid) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < DECISIONS.length; i++) {
            String id = "mod_" + cid + "_" + (i + 1);
            list.append("<li><input class=\"radio\" type=\"radio\" name=\"moderate[").append(cid).append("]\" id=\"")
                    .append(id).append("\" value=\"").append(DECISIONS[i][0]).append("\" onclick=\"mod_setbg(")
                    .append(cid).append(", '").append(DECISIONS[i][0]).append("');\"><label for=\"").append(id)
                    .append("\">").append(DECISIONS[i][1]).append("</label></li>");
        }
        return list.toString();
    }

    private static String fastLinks(int cid, int page) {
        StringBuilder links = new StringBuilder();
        for (String[] decision : DECISIONS) {
            links.append(links.length() == 0 ? "" : " <span class=\"pipe\">|</span> ").append("<a href=\"")
                    .append(fastUrl(cid, decision[0], page)).append("\" target=\"fasthandle\">").append(decision[1])
                    .append("</a>");
        }
        return links.toString();
    }

    private static String commenter(SiteMember author) {
        if (author.guest()) {
            return author.name();
        }
        return "<a href=\"admin.php?action=members&operation=search&uid=" + author.uid() + "&submit=yes\" "
                + "target=\"_blank\">" + HtmlText.escape(author.name()) + "</a>";
    }
}
