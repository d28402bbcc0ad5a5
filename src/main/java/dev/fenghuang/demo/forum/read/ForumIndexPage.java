package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.store.SiteMember;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.http.Visit;
import java.nio.charset.Charset;

/** {@code forum.php} (4.1): the stats line and one block per category; {@code forum.php?gid=GID} one category. */
public final class ForumIndexPage {
    private final ForumData data;
    private final ForumChrome chrome;

    public ForumIndexPage(ForumData data, ForumChrome chrome) {
        this.data = data;
        this.chrome = chrome;
    }

    public String render(Visit visit) {
        long now = visit.site().now();
        Charset charset = visit.site().charset();
        StringBuilder main = new StringBuilder("<div id=\"ct\" class=\"wp cl\">\n<div class=\"mn\">\n");
        main.append(chart(now, charset));
        for (Board category : data.categories()) {
            main.append(category(category, now, charset));
        }
        main.append("</div>\n</div>\n");
        return chrome.page(visit, "论坛" + ForumChrome.POWERED, "forum_index", "", main.toString());
    }

    /** One category alone, titled by it. */
    public String renderCategory(Visit visit, Board category) {
        long now = visit.site().now();
        String main = "<div id=\"ct\" class=\"wp cl\">\n<div class=\"mn\">\n"
                + category(category, now, visit.site().charset()) + "</div>\n</div>\n";
        return chrome.page(visit, ForumChrome.title(category.name()), "forum_index",
                " <em>&rsaquo;</em> " + ForumHtml.escape(category.name()), main);
    }

    private String chart(long now, Charset charset) {
        int today = 0;
        int yesterday = 0;
        int posts = 0;
        for (ForumThread thread : data.threads()) {
            if (!thread.listed()) {
                continue;
            }
            for (ForumPost post : thread.visiblePosts()) {
                posts++;
                if (ForumTime.today(post.dateline(), now)) {
                    today++;
                } else if (ForumTime.today(post.dateline() + 86_400, now)) {
                    yesterday++;
                }
            }
        }
        SiteMember newest = Members.READER2;
        String pipe = "<span class=\"pipe\">|</span>";
        return "<div id=\"chart\" class=\"bm bw0 cl\">\n<p class=\"chart z\">今日: <em>" + today + "</em>" + pipe
                + "昨日: <em>" + yesterday + "</em>" + pipe + "帖子: <em>" + posts + "</em>" + pipe + "会员: <em>"
                + Members.all().size() + "</em>" + pipe + "欢迎新会员: <em><a href=\"home.php?mod=space&amp;username="
                + ForumHtml.url(newest.name(), charset) + "\" target=\"_blank\" class=\"xi2\">" + newest.name()
                + "</a></em></p>\n</div>\n";
    }

    private String category(Board category, long now, Charset charset) {
        StringBuilder rows = new StringBuilder();
        boolean first = true;
        for (Board board : data.boardsOf(category.fid())) {
            BoardStats stats = BoardStats.withSubs(data, board, now);
            rows.append(BoardRow.render(board, stats, board.subsOnIndex() ? data.subBoards(board.fid())
                    : java.util.List.of(), first, now, charset, false));
            first = false;
        }
        String moderators = category.moderators().isEmpty() ? ""
                : "<span class=\"y\">分区版主: " + String.join(", ", category.moderators()) + "</span>";
        int gid = category.fid();
        return "<div class=\"fl bm\">\n<div class=\"bm bmw  cl\">\n<div class=\"bm_h cl\">\n<span class=\"o\">\n"
                + "<em id=\"category_" + gid + "_img\" class=\"tg_no\" title=\"收起/展开\" onclick=\"toggle_collapse('category_"
                + gid + "');\"></em>\n</span>\n" + moderators + "<h2><a href=\"forum.php?gid=" + gid + "\" style=\"\">"
                + ForumHtml.escape(category.name()) + "</a></h2>\n</div>\n<div id=\"category_" + gid
                + "\" class=\"bm_c\" style=\"\">\n<table cellspacing=\"0\" cellpadding=\"0\" class=\"fl_tb\">\n" + rows
                + "<tr class=\"fl_row\"></tr>\n</table>\n</div>\n</div>\n</div>\n";
    }
}
