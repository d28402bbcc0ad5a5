package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadType;
import java.nio.charset.Charset;

/** The {@code tbody} of one thread in a board list (4.2), in its X3.5 shape. */
final class ThreadRows {
    static final String[] COLOURS = {"", "#EE1B2E", "#EE5023", "#996600", "#3C9D40", "#2897C5", "#2B65B7", "#8F2A90",
        "#EC1282"};
    private static final String[] STICKY_TITLES = {"", "本版置顶主题", "分类置顶主题", "全局置顶主题"};

    private ThreadRows() {
    }

    static String render(ForumThread thread, Board board, boolean moderator, long now, Charset charset) {
        if (thread.movedTo() > 0) {
            return stub(thread, now, charset);
        }
        int tid = thread.tid();
        String view = "forum.php?mod=viewthread&amp;tid=" + tid + "&amp;extra=page%3D1";
        ForumPost last = thread.lastPost();
        boolean fresh = ForumTime.today(last.dateline(), now);
        StringBuilder row = new StringBuilder("<tbody id=\"").append(thread.sticky() > 0 ? "stickthread_" : "normalthread_")
                .append(tid).append("\">\n<tr>\n<td class=\"icn\">\n<a href=\"").append(view).append("\" title=\"")
                .append(iconTitle(thread, fresh)).append("新窗口打开\" target=\"_blank\">\n").append(icon(thread, fresh))
                .append("\n</a>\n</td>\n");
        if (moderator) {
            row.append("<td class=\"o\"><input onclick=\"tmodclick(this)\" type=\"checkbox\" name=\"moderate[]\" value=\"")
                    .append(tid).append("\" /></td>\n");
        }
        row.append("<th class=\"").append(thread.closed() ? "lock" : fresh ? "new" : "common").append("\" >\n")
                .append("<a href=\"javascript:;\" id=\"content_").append(tid).append("\" class=\"showcontent y\" "
                        + "title=\"更多操作\" onclick=\"CONTENT_TID='").append(tid).append("';CONTENT_ID='")
                .append(thread.sticky() > 0 ? "stickthread_" : "normalthread_").append(tid)
                .append("';showMenu({'ctrlid':this.id,'menuid':'content_menu'})\"></a>\n");
        if (thread.sticky() > 0) {
            row.append("<a href=\"javascript:void(0);\" onclick=\"hideStickThread('").append(tid)
                    .append("')\" class=\"closeprev y\" title=\"隐藏置顶帖\">隐藏置顶帖</a>\n");
        }
        ThreadType type = board.type(thread.typeid());
        if (type != null) {
            row.append("<em>[<a href=\"forum.php?mod=forumdisplay&fid=").append(board.fid())
                    .append("&amp;filter=typeid&amp;typeid=").append(type.typeid()).append("\">")
                    .append(ForumHtml.escape(type.name())).append("</a>]</em> ");
        }
        row.append("<a href=\"").append(view).append("\" onclick=\"atarget(this)\" class=\"s xst\"")
                .append(style(thread.highlight())).append(">").append(ForumHtml.escape(thread.subject()))
                .append("</a>\n").append(marks(thread, now));
        return row.append("</th>\n").append(cells(thread, view, last, now, charset)).toString();
    }

    /** The author, counts and last-post cells after the {@code th}. */
    private static String cells(ForumThread thread, String view, ForumPost last, long now, Charset charset) {
        int tid = thread.tid();
        StringBuilder row = new StringBuilder();
        row.append("<td class=\"by\">\n<cite>\n<a href=\"home.php?mod=space&amp;uid=").append(thread.author().uid())
                .append("\" c=\"1\">").append(ForumHtml.escape(thread.author().name())).append("</a></cite>\n<em><span")
                .append(ForumTime.today(thread.dateline(), now) ? " class=\"xi1\"" : "").append(">")
                .append(ForumTime.relative(thread.dateline(), now, ForumTime.DATE)).append("</span></em>\n</td>\n")
                .append("<td class=\"num\"><a href=\"").append(view).append("\" class=\"xi2\">").append(thread.allReplies())
                .append("</a><em>").append(Math.max(thread.views(), thread.allReplies())).append("</em></td>\n")
                .append("<td class=\"by\">\n<cite><a href=\"home.php?mod=space&username=")
                .append(ForumHtml.url(last.author().name(), charset)).append("\" c=\"1\">")
                .append(ForumHtml.escape(last.author().name())).append("</a></cite>\n<em><a href=\"forum.php?mod=redirect"
                        + "&tid=").append(tid).append("&goto=lastpost#lastpost\">")
                .append(ForumTime.relative(last.dateline(), now, ForumTime.MINUTES)).append("</a></em>\n</td>\n</tr>\n"
                        + "</tbody>\n");
        return row.toString();
    }

    /** The row a move stub leaves: {@code th.lock}, {@code 移动:} and links to the moved thread, {@code -} counts. */
    private static String stub(ForumThread stub, long now, Charset charset) {
        String view = "forum.php?mod=viewthread&amp;tid=" + stub.movedTo() + "&amp;extra=page%3D1";
        ForumPost last = stub.lastPost();
        return "<tbody id=\"normalthread_" + stub.tid() + "\">\n<tr>\n<td class=\"icn\">\n<a href=\"" + view
                + "\" title=\"关闭的主题 - 新窗口打开\" target=\"_blank\">\n<i class=\"fico-lock fic6 fc-s\"></i>\n</a>\n"
                + "</td>\n<th class=\"lock\" >\n 移动:<a href=\"" + view + "\" onclick=\"atarget(this)\" class=\"s xst\">"
                + ForumHtml.escape(stub.subject()) + "</a>\n</th>\n<td class=\"by\">\n<cite>\n<a href=\"home.php?mod=space"
                + "&amp;uid=" + stub.author().uid() + "\" c=\"1\">" + ForumHtml.escape(stub.author().name())
                + "</a></cite>\n<em><span>" + ForumTime.relative(stub.dateline(), now, ForumTime.DATE) + "</span></em>\n"
                + "</td>\n<td class=\"num\"><a href=\"" + view + "\" class=\"xi2\">-</a><em>-</em></td>\n<td class=\"by\">\n"
                + "<cite><a href=\"home.php?mod=space&username=" + ForumHtml.url(last.author().name(), charset)
                + "\" c=\"1\">" + ForumHtml.escape(last.author().name()) + "</a></cite>\n<em><a href=\"forum.php?mod="
                + "redirect&tid=" + stub.movedTo() + "&goto=lastpost#lastpost\">"
                + ForumTime.relative(last.dateline(), now, ForumTime.MINUTES) + "</a></em>\n</td>\n</tr>\n</tbody>\n";
    }

    private static String iconTitle(ForumThread thread, boolean fresh) {
        if (thread.sticky() > 0) {
            return STICKY_TITLES[thread.sticky()] + " - ";
        }
        if (thread.closed()) {
            return "关闭的主题 - ";
        }
        if (thread.poll()) {
            return "投票 - ";
        }
        return fresh ? "有新回复 - " : "";
    }

    private static String icon(ForumThread thread, boolean fresh) {
        if (thread.sticky() > 0) {
            return "<i class=\"tpin tpin" + thread.sticky() + "\"><svg width=\"18\" height=\"18\"><path d=\"M9 0l9 "
                    + "9H14v9H4V9H0z\"></path></svg></i>";
        }
        if (thread.closed()) {
            return "<i class=\"fico-lock fic6 fc-s\"></i>";
        }
        if (thread.poll()) {
            return "<i class=\"fico-vote fic6 fc-p\"></i>";
        }
        return "<i class=\"fico-thread fic6 " + (fresh ? "fc-l" : "fc-n") + "\"></i>";
    }

    /** The {@code style} of a highlighted subject, "" for none. */
    static String style(int highlight) {
        int colour = highlight % 10;
        int bits = highlight / 10;
        if (highlight <= 0) {
            return "";
        }
        return " style=\"" + ((bits & 4) != 0 ? "font-weight: bold;" : "") + ((bits & 2) != 0 ? "font-style: italic;" : "")
                + ((bits & 1) != 0 ? "text-decoration: underline;" : "")
                + (colour > 0 ? "color: " + COLOURS[colour] + ";" : "") + "\"";
    }

    /** Stamp, attachment icon, digest box, in-thread page links and {@code New}, after the subject. */
    private static String marks(ForumThread thread, long now) {
        StringBuilder marks = new StringBuilder();
        if (thread.newbieStamp()) {
            marks.append("<img src=\"static/image/stamp/011.small.gif\" alt=\"新人帖\" class=\"vm\" />\n");
        }
        int attachment = thread.attachment();
        if (attachment == 2) {
            marks.append("<i class=\"fico-image fic4 fc-p fnmr vm\" title=\"图片附件\"></i>\n");
        } else if (attachment == 1) {
            marks.append("<i class=\"fico-attachment fic4 fc-p fnmr vm\" title=\"附件\"></i>\n");
        }
        if (thread.digest() > 0) {
            marks.append("<span class=\"tbox tdigest\">精华").append(thread.digest()).append("</span>\n");
        }
        int pages = (thread.replies() + ForumData.POSTS_PER_PAGE) / ForumData.POSTS_PER_PAGE;
        if (pages > 1) {
            marks.append("<span class=\"tps\">&nbsp;...");
            for (int p = 2; p <= pages; p++) {
                marks.append("<a href=\"forum.php?mod=viewthread&tid=").append(thread.tid())
                        .append("&amp;extra=page%3D1&amp;page=").append(p).append("\" onclick=\"atarget(this)\">")
                        .append(p).append("</a>");
            }
            marks.append("</span>\n");
        }
        if (ForumTime.today(thread.dateline(), now)) {
            marks.append("<a href=\"forum.php?mod=redirect&amp;tid=").append(thread.tid())
                    .append("&amp;goto=lastpost#lastpost\" class=\"xi1\">New</a>\n");
        }
        return marks.toString();
    }
}
