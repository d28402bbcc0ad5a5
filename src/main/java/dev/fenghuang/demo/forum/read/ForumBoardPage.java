package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadType;
import dev.fenghuang.demo.forum.write.PostForms;
import dev.fenghuang.demo.page.PageNavigation;
import dev.fenghuang.demo.http.Visit;
import java.nio.charset.Charset;
import java.util.List;

/**
 * {@code forum.php?mod=forumdisplay&fid=FID} (4.2): header with counts, the held-threads notice for their author,
 * the sub-board block, the thread-type bar, pagers, the thread table in {@code form#moderate}, and the fast new
 * thread form. A page past the end shows page 1.
 */
public final class ForumBoardPage {
    static final int PER_PAGE = 20;

    private final ForumData data;
    private final ForumChrome chrome;

    public ForumBoardPage(ForumData data, ForumChrome chrome) {
        this.data = data;
        this.chrome = chrome;
    }

    public String render(Visit visit, Board board, BoardQuery query) {
        long now = visit.site().now();
        Charset charset = visit.site().charset();
        List<ForumThread> ordered = query.order(data.listed(board.fid()));
        int pages = PageNavigation.pageCount(ordered.size(), PER_PAGE);
        int page = query.page() > pages ? 1 : query.page();
        List<ForumThread> shown = ordered.subList(Math.min(ordered.size(), (page - 1) * PER_PAGE),
                Math.min(ordered.size(), page * PER_PAGE));
        boolean moderator = ForumRights.moderates(visit, board);
        String base = "forum.php?mod=forumdisplay&fid=" + board.fid() + query.linkFilter();
        String pager = PageNavigation.links(base, page, pages);
        BoardStats stats = BoardStats.of(data, board, now);
        StringBuilder main = new StringBuilder("<div id=\"ct\" class=\"wp cl\">\n<div class=\"mn\">\n");
        main.append("<div class=\"bm bml pbn\">\n<div class=\"bm_h cl\">\n<h1 class=\"xs2\">\n<a href=\"forum.php?mod="
                + "forumdisplay&amp;fid=").append(board.fid()).append("\">").append(ForumHtml.escape(board.name()))
                .append("</a>\n<span class=\"xs1 xw0 i\">今日: <strong class=\"xi1\">").append(stats.today())
                .append("</strong><b class=\"ico_increase\">&nbsp;</b><span class=\"pipe\">|</span>主题: <strong "
                        + "class=\"xi1\">").append(stats.threads()).append("</strong></span></h1>\n</div>\n");
        if (!board.description().isEmpty()) {
            main.append("<div class=\"bm_c cl pbn\">\n<div>版块介绍: ").append(ForumHtml.escape(board.description()))
                    .append("</div>\n</div>\n");
        }
        main.append("</div>\n").append(heldNotice(visit, board));
        if (page == 1 && !query.filtered()) {
            main.append(subBoards(board, now, charset));
        }
        main.append(typeBar(board, query));
        main.append("<div id=\"pgt\" class=\"bm bw0 pgs cl\">\n<span id=\"fd_page_top\">").append(pager)
                .append("</span>\n<a href=\"forum.php?mod=post&amp;action=newthread&amp;fid=").append(board.fid())
                .append("\" id=\"newspecial\" title=\"发新帖\">发新帖</a></div>\n");
        main.append(table(visit, board, query, shown, moderator, now, charset));
        main.append("<div class=\"bm bw0 pgs cl\">\n<span id=\"fd_page_bottom\">").append(pager).append("</span>\n</div>\n");
        main.append(PostForms.fastNewThread(visit, board));
        main.append("</div>\n</div>\n");
        String title = ForumChrome.title((query.typeid() > 0 && board.type(query.typeid()) != null
                ? board.type(query.typeid()).name() + " - " : "") + board.name() + (page > 1 ? " - 第" + page + "页" : ""));
        return chrome.page(visit, title, "forum_forumdisplay", ownTrail(board), main.toString());
    }

    /**
     * The board page's own breadcrumb: a sub-board's ends in its name as text after the linked parent (4.2); a
     * board's ends in its link.
     */
    private String ownTrail(Board board) {
        if (board.parentFid() == 0) {
            return trail(board);
        }
        String linked = trail(board);
        return linked.substring(0, linked.lastIndexOf("<em>&rsaquo;</em> ")) + "<em>&rsaquo;</em> "
                + ForumHtml.escape(board.name());
    }

    /** The breadcrumb after 论坛 as a thread page shows it: category, parent board, board, each a link. */
    String trail(Board board) {
        StringBuilder trail = new StringBuilder();
        data.board(board.gid()).ifPresent(c -> trail.append(" <em>&rsaquo;</em> <a href=\"forum.php?gid=")
                .append(c.fid()).append("\">").append(ForumHtml.escape(c.name())).append("</a>"));
        if (board.parentFid() > 0) {
            data.board(board.parentFid()).ifPresent(p -> trail.append("<em>&rsaquo;</em> <a href=\"forum.php?mod="
                    + "forumdisplay&fid=").append(p.fid()).append("\">").append(ForumHtml.escape(p.name()))
                    .append("</a>"));
        }
        return trail.append("<em>&rsaquo;</em> <a href=\"forum.php?mod=forumdisplay&fid=").append(board.fid())
                .append("\">").append(ForumHtml.escape(board.name())).append("</a>").toString();
    }

    private String heldNotice(Visit visit, Board board) {
        if (visit.member().guest()) {
            return "";
        }
        long held = data.threads().stream().filter(t -> t.fid() == board.fid() && t.state() == ForumThread.PENDING
                && t.author().uid() == visit.member().uid()).count();
        if (held == 0) {
            return "";
        }
        return "<div class=\"bm\"><div class=\"ntc_l hm xi2\"><strong><a href=\"home.php?mod=space&amp;uid="
                + visit.member().uid() + "&amp;do=thread&amp;view=me&amp;type=thread&amp;from=&amp;filter=aduit\">您有 "
                + held + " 个主题正等待审核中，点击查看</a></strong></div></div>\n";
    }

    private String subBoards(Board board, long now, Charset charset) {
        List<Board> subs = data.subBoards(board.fid());
        if (subs.isEmpty()) {
            return "";
        }
        StringBuilder rows = new StringBuilder();
        boolean first = true;
        for (Board sub : subs) {
            rows.append(BoardRow.render(sub, BoardStats.of(data, sub, now), List.of(), first, now, charset, true));
            first = false;
        }
        return "<div class=\"bm bmw fl\">\n<div class=\"bm_h cl\">\n<span class=\"o\"><em id=\"subforum_" + board.fid()
                + "_img\" class=\"tg_no\" title=\"收起/展开\"></em></span>\n<h2>子版块</h2>\n</div>\n<div id=\"subforum_"
                + board.fid() + "\" class=\"bm_c\" style=\"\"><table cellspacing=\"0\" cellpadding=\"0\" class=\"fl_tb\">\n"
                + rows + "</table>\n</div>\n</div>\n";
    }

    private String typeBar(Board board, BoardQuery query) {
        if (board.types().isEmpty()) {
            return "";
        }
        String all = "forum.php?mod=forumdisplay&amp;fid=" + board.fid();
        StringBuilder bar = new StringBuilder("<ul id=\"thread_types\" class=\"ttp bm cl\">\n<li id=\"ttp_all\"")
                .append(query.typeid() == 0 ? " class=\"xw1 a\"" : "").append("><a href=\"").append(all)
                .append("\">全部</a></li>\n");
        for (ThreadType type : board.types()) {
            if (type.typeid() == query.typeid()) {
                long count = data.listed(board.fid()).stream().filter(t -> t.typeid() == type.typeid()).count();
                bar.append("<li class=\"xw1 a\"><a href=\"").append(all).append("\">").append(ForumHtml.escape(type.name()))
                        .append("<span class=\"xg1 num\">").append(count).append("</span></a></li>\n");
            } else {
                bar.append("<li><a href=\"").append(all).append("&amp;filter=typeid&amp;typeid=").append(type.typeid())
                        .append("\">").append(ForumHtml.escape(type.name())).append("</a></li>\n");
            }
        }
        return bar.append("</ul>\n").toString();
    }

    private String table(Visit visit, Board board, BoardQuery query, List<ForumThread> shown, boolean moderator,
            long now, Charset charset) {
        int fid = board.fid();
        String type = query.typeid() > 0 ? "&typeid=" + query.typeid() : "";
        StringBuilder table = new StringBuilder("<div id=\"threadlist\" class=\"tl bm bmw\">\n<div class=\"th\">\n"
                + "<table cellspacing=\"0\" cellpadding=\"0\">\n<tr>\n<th colspan=\"2\">\n<div class=\"tf\">\n")
                .append(menu("forum.php?mod=forumdisplay&fid=" + fid + "&filter=lastpost&orderby=lastpost" + type, "全部",
                        !query.byDate() && !query.digest()))
                .append(menu("forum.php?mod=forumdisplay&fid=" + fid + "&filter=author&orderby=dateline" + type, "最新",
                        query.byDate()))
                .append(menu("forum.php?mod=forumdisplay&fid=" + fid + "&filter=digest&digest=1" + type, "精华",
                        query.digest()))
                .append("</div>\n</th>\n<td class=\"by\">作者</td>\n<td class=\"num\">回复/查看</td>\n"
                        + "<td class=\"by\">最后发表</td>\n</tr>\n</table>\n</div>\n<div class=\"bm_c\">\n")
                .append("<form method=\"post\" autocomplete=\"off\" name=\"moderate\" id=\"moderate\" action=\""
                        + "forum.php?mod=topicadmin&amp;action=moderate&amp;fid=").append(fid)
                .append("&amp;infloat=yes&amp;nopost=yes\">\n<input type=\"hidden\" name=\"formhash\" value=\"")
                .append(visit.formhash()).append("\" />\n<input type=\"hidden\" name=\"listextra\" value=\"page%3D")
                .append(query.page()).append("\" />\n<table summary=\"forum_").append(fid)
                .append("\" cellspacing=\"0\" cellpadding=\"0\" id=\"threadlisttableid\">\n");
        boolean stickies = false;
        boolean separated = false;
        for (ForumThread thread : shown) {
            if (thread.sticky() > 0) {
                stickies = true;
            } else if (!separated) {
                table.append(separator(fid, stickies));
                separated = true;
            }
            table.append(ThreadRows.render(thread, board, moderator, now, charset));
        }
        if (!separated) {
            table.append(separator(fid, stickies));
        }
        table.append("</table>\n");
        if (moderator) {
            table.append("<div class=\"mdcp\"><a href=\"forum.php?mod=modcp&amp;fid=").append(fid)
                    .append("\" target=\"_blank\">管理面板</a> <a href=\"forum.php?mod=modcp&amp;action=recyclebin&amp;fid=")
                    .append(fid).append("\" target=\"_blank\">回收站</a></div>\n");
        }
        return table.append("</form>\n</div>\n</div>\n").toString();
    }

    private static String menu(String href, String label, boolean current) {
        return "<a href=\"" + href + "\"" + (current ? " class=\"xi2 xw1\"" : " class=\"xi2\"") + ">" + label + "</a>\n";
    }

    private static String separator(int fid, boolean afterStickies) {
        if (!afterStickies) {
            return "<tbody id=\"separatorline\" class=\"emptb\"><tr class=\"ts\"><td></td><th></th><td></td><td></td>"
                    + "<td></td></tr></tbody>\n";
        }
        return "<tbody id=\"separatorline\"><tr class=\"ts\"><td>&nbsp;</td><th><a href=\"javascript:;\" onclick=\""
                + "checkForumnew_btn('" + fid + "')\" title=\"查看更新\" class=\"forumrefresh\">版块主题</a></th><td>"
                + "&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody>\n";
    }
}
