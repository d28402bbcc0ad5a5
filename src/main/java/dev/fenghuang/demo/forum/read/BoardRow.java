package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import java.nio.charset.Charset;

/**
 * One board row of the index's list layout (4.1), also used for the sub-board block of a board page: icon, name with
 * today's count, description, 子版块 line, moderators, counts and the last post.
 */
final class BoardRow {
    private static final String ICON = "<svg width=\"31\" height=\"29\"><path fill=\"%s\" d=\"M25 1H6C3 1 1 3 1 6v12"
            + "c0 3 2 5 5 5h3l5 5 5-5h6c3 0 5-2 5-5V6c0-3-2-5-5-5z\"></path></svg>";

    private BoardRow() {
    }

    /**
     * @param subs the 子版块 line's boards, empty for none
     * @param nameSpace the X3.5 index writes {@code fid=N">}, the sub-board block {@code fid=N"  style="">}
     */
    static String render(Board board, BoardStats stats, java.util.List<Board> subs, boolean first, long now,
            Charset charset, boolean subBlock) {
        StringBuilder row = new StringBuilder(first ? "<tr>" : "<tr class=\"fl_row\">");
        row.append("<td class=\"fl_icn\" >").append(String.format(ICON, stats.today() > 0 ? "#fdc910" : "#c9c9c9"))
                .append("</td>\n<td>\n<h2><a href=\"forum.php?mod=forumdisplay&fid=").append(board.fid())
                .append(subBlock ? "\"  style=\"\">" : "\">").append(ForumHtml.escape(board.name())).append("</a>");
        if (stats.today() > 0) {
            row.append("<em class=\"xw0 xi1\" title=\"今日\"> (").append(stats.today()).append(")</em>");
        }
        row.append("</h2>\n");
        if (!board.description().isEmpty()) {
            row.append("<p class=\"xg2\">").append(ForumHtml.escape(board.description())).append("</p>\n");
        }
        if (!subs.isEmpty()) {
            row.append("<p>子版块: ");
            for (int i = 0; i < subs.size(); i++) {
                row.append(i > 0 ? ", " : "").append("<a href=\"forum.php?mod=forumdisplay&fid=")
                        .append(subs.get(i).fid()).append("\" >").append(ForumHtml.escape(subs.get(i).name()))
                        .append("</a>");
            }
            row.append("</p>\n");
        }
        if (!board.moderators().isEmpty()) {
            row.append("<p>版主: <span class=\"xi2\">");
            for (int i = 0; i < board.moderators().size(); i++) {
                String name = board.moderators().get(i);
                row.append(i > 0 ? ", " : "").append("<a href=\"home.php?mod=space&username=")
                        .append(ForumHtml.url(name, charset)).append("\" class=\"notabs\" c=\"1\">")
                        .append(ForumHtml.escape(name)).append("</a>");
            }
            row.append("</span></p>\n");
        }
        row.append("</td>\n<td class=\"fl_i\"><span class=\"xi2\">").append(BoardStats.number(stats.threads()))
                .append("</span><span class=\"xg1\"> / ").append(BoardStats.number(stats.posts()))
                .append("</span></td>\n<td class=\"fl_by\">\n<div>\n");
        if (stats.last().isEmpty()) {
            row.append("从未");
        } else {
            ForumThread thread = stats.last().get();
            ForumPost last = thread.lastPost();
            row.append("<a href=\"forum.php?mod=redirect&amp;tid=").append(thread.tid())
                    .append("&amp;goto=lastpost#lastpost\" class=\"xi2\">")
                    .append(ForumHtml.escape(ForumHtml.cut(thread.subject(), 30, charset))).append("</a> <cite>")
                    .append(ForumTime.relative(last.dateline(), now, ForumTime.MINUTES))
                    .append(" <a href=\"home.php?mod=space&username=").append(ForumHtml.url(last.author().name(),
                            charset)).append("\">").append(ForumHtml.escape(last.author().name())).append("</a></cite>");
        }
        return row.append("\n</div>\n</td>\n</tr>\n").toString();
    }
}
