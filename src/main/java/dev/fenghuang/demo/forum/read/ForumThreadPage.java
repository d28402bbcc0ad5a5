package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.moderate.ThreadTools;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadType;
import dev.fenghuang.demo.forum.write.PostForms;
import dev.fenghuang.demo.page.PageNavigation;
import dev.fenghuang.demo.http.Visit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code forum.php?mod=viewthread&tid=TID} (4.3): ten floors a page, the page past the end clamped to the last;
 * {@code authorid} lists one author's posts with floors counted from 楼主 again; {@code ordertype=1} shows the first
 * post (empty floor) and the newest replies first. Held replies show only through a {@code modthreadkey} link,
 * marked {@code (待审核)}.
 */
public final class ForumThreadPage {
    private static final int PER_PAGE = ForumData.POSTS_PER_PAGE;

    private final ForumData data;
    private final ForumChrome chrome;
    private final ForumBoardPage boards;

    public ForumThreadPage(ForumData data, ForumChrome chrome, ForumBoardPage boards) {
        this.data = data;
        this.chrome = chrome;
        this.boards = boards;
    }

    /** A post placed on a page with its floor. */
    private record Placed(ForumPost post, int floor) {
    }

    public String render(Visit visit, Board board, ForumThread thread, boolean keyed) {
        int authorid = visit.request().intParam("authorid");
        boolean reversed = visit.request().param("ordertype").equals("1") && authorid == 0;
        List<ForumPost> posts = keyed ? thread.allPosts().stream().filter(p -> p.visible() || p.pending()).toList()
                : thread.visiblePosts();
        List<Placed> placed = new ArrayList<>();
        for (ForumPost post : posts) {
            if (authorid == 0 || post.author().uid() == authorid) {
                placed.add(new Placed(post, placed.size() + 1));
            }
        }
        int pages;
        int page;
        List<Placed> shown;
        if (reversed) {
            pages = PageNavigation.pageCount(Math.max(1, placed.size() - 1), PER_PAGE);
            page = PageNavigation.clamp(visit.request().intParam("page"), pages);
            shown = reversedPage(placed, page);
        } else {
            pages = PageNavigation.pageCount(placed.size(), PER_PAGE);
            page = PageNavigation.clamp(visit.request().intParam("page"), pages);
            shown = placed.subList(Math.min(placed.size(), (page - 1) * PER_PAGE), Math.min(placed.size(), page * PER_PAGE));
        }
        thread.viewed();
        String base = "forum.php?mod=viewthread&tid=" + thread.tid() + "&amp;extra=" + (authorid > 0 ? "&amp;authorid="
                + authorid : "") + (reversed ? "&amp;ordertype=1" : "");
        String pager = PageNavigation.links(base, page, pages);
        boolean moderator = ForumRights.moderates(visit, board);
        boolean showsHidden = moderator || data.repliedTo(thread, visit.member());
        StringBuilder floors = new StringBuilder();
        for (Placed p : shown) {
            boolean hiddenVisible = showsHidden || p.post().author().uid() == visit.member().uid() && !visit.member().guest();
            floors.append(PostFloor.render(visit, board, thread, new PostFloor.Shown(p.post(), p.floor(), page,
                    authorid > 0, moderator, ForumRights.edits(visit, board, thread, p.post()), hiddenVisible), data));
        }
        String main = "<div id=\"ct\" class=\"wp cl\">\n" + top(board, thread, pager)
                + "<div id=\"postlist\" class=\"pl bm\">\n" + head(visit, board, thread, moderator) + floors
                + "<div id=\"postlistreply\" class=\"pl\"><div id=\"post_new\" class=\"viewthread_table\" style=\"display: "
                + "none\"></div></div>\n</div>\n" + modForm(visit, page) + "<div class=\"pgs mtm mbm cl\">\n" + pager
                + "\n</div>\n" + PostForms.fastReply(visit, board, thread) + "</div>\n";
        String title = ForumChrome.title(thread.subject() + (page > 1 ? " - 第" + page + "页" : "") + " - " + board.name());
        String trail = boards.trail(board) + "<em>&rsaquo;</em> <a href=\"forum.php?mod=viewthread&amp;tid=" + thread.tid()
                + "\">" + ForumHtml.escape(thread.subject()) + "</a>";
        return chrome.page(visit, title, "forum_viewthread", trail, main);
    }

    /** Page 1: the first post (empty floor) and the newest replies; later pages continue backwards. */
    private static List<Placed> reversedPage(List<Placed> placed, int page) {
        List<Placed> replies = new ArrayList<>(placed.subList(Math.min(1, placed.size()), placed.size()));
        java.util.Collections.reverse(replies);
        List<Placed> shown = new ArrayList<>();
        if (page == 1 && !placed.isEmpty()) {
            shown.add(new Placed(placed.get(0).post(), 0));
        }
        shown.addAll(replies.subList(Math.min(replies.size(), (page - 1) * PER_PAGE),
                Math.min(replies.size(), page * PER_PAGE)));
        return shown;
    }

    private static String top(Board board, ForumThread thread, String pager) {
        return "<div id=\"pgt\" class=\"pgs mbm cl \">\n<div class=\"pgt\">" + pager + "</div>\n<span class=\"y pgb\">"
                + "<a href=\"forum.php?mod=forumdisplay&amp;fid=" + board.fid() + "\">返回列表</a></span>\n"
                + "<a id=\"newspecial\" href=\"forum.php?mod=post&amp;action=newthread&amp;fid=" + board.fid()
                + "\" title=\"发新帖\">发新帖</a>\n<a id=\"post_reply\" href=\"forum.php?mod=post&amp;action=reply&amp;fid="
                + board.fid() + "&amp;tid=" + thread.tid() + "\" title=\"回复\">回复</a>\n</div>\n";
    }

    private static String head(Visit visit, Board board, ForumThread thread, boolean moderator) {
        StringBuilder head = new StringBuilder("<table cellspacing=\"0\" cellpadding=\"0\">\n<tr>\n<td class=\"pls ptn pbn\">\n"
                + "<div class=\"hm ptn\">\n<span class=\"xg1\">查看:</span> <span class=\"xi1\">").append(thread.views())
                .append("</span><span class=\"pipe\">|</span><span class=\"xg1\">回复:</span> <span class=\"xi1\">")
                .append(thread.allReplies()).append("</span>\n</div>\n</td>\n<td class=\"plc ptm pbn vwthd\">\n");
        if (moderator) {
            head.append(ThreadTools.menu(thread));
        }
        head.append("<h1 class=\"ts\">\n");
        ThreadType type = board.type(thread.typeid());
        if (type != null) {
            head.append("<a href=\"forum.php?mod=forumdisplay&amp;fid=").append(board.fid())
                    .append("&amp;filter=typeid&amp;typeid=").append(type.typeid()).append("\">[")
                    .append(ForumHtml.escape(type.name())).append("]</a>\n");
        }
        head.append("<span id=\"thread_subject\">").append(ForumHtml.escape(thread.subject())).append("</span>\n</h1>\n");
        if (thread.closed()) {
            head.append("<span class=\"xg1\">\n&nbsp;<i class=\"fico-lock fc-s\" title=\"关闭\"></i></span>\n");
        }
        if (thread.state() == ForumThread.PENDING) {
            head.append("<span class=\"xg1\">\n(审核中)</span>\n");
        } else if (thread.state() == ForumThread.IGNORED) {
            head.append("<span class=\"xg1\">\n(已忽略)</span>\n");
        }
        return head.append("<span class=\"xg1\">\n<a href=\"forum.php?mod=viewthread&amp;tid=").append(thread.tid())
                .append("\" onclick=\"return copyThreadUrl(this, '").append(visit.siteUrl()).append("')\">[复制链接]</a>\n"
                        + "</span>\n</td>\n</tr>\n</table>\n").toString();
    }

    private static String modForm(Visit visit, int page) {
        return "<form method=\"post\" autocomplete=\"off\" name=\"modactions\" id=\"modactions\">\n<input type=\"hidden\" "
                + "name=\"formhash\" value=\"" + visit.formhash() + "\" />\n<input type=\"hidden\" name=\"optgroup\" />\n"
                + "<input type=\"hidden\" name=\"operation\" />\n<input type=\"hidden\" name=\"listextra\" value=\"\" />\n"
                + "<input type=\"hidden\" name=\"page\" value=\"" + page + "\" />\n</form>\n";
    }
}
