package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.html.PostMarkup;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.Visit;

/**
 * {@code forum.php?mod=viewthread&action=printable&tid=TID} (4.3): every visible post on one page without pids or
 * floors, the title with single spaces, times relative within a week, a banned post as its notice.
 */
public final class PrintablePage {
    private PrintablePage() {
    }

    public static String render(Visit visit, Board board, ForumThread thread, ForumData data) {
        long now = visit.site().now();
        String subject = ForumHtml.escape(thread.subject());
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"")
                .append(visit.site().charsetLabel()).append("\" />\n<title>").append(subject).append(" - ")
                .append(SiteSettings.SITE_NAME).append(" - Powered by Discuz!</title>\n<base href=\"").append(visit.siteUrl())
                .append("\" />\n</head>\n<body>\n<h1>").append(SiteSettings.SITE_NAME).append("</h1>\n<b>标题: </b>")
                .append(subject).append(" <b><a href=\"###\" onclick=\"this.style.visibility='hidden';window.print();"
                        + "this.style.visibility='visible'\">[打印本页]</a></b><br />\n");
        for (ForumPost post : thread.visiblePosts()) {
            page.append("<hr noshade size=\"2\" width=\"100%\" color=\"#808080\">\n<b>作者: </b>")
                    .append(ForumHtml.escape(post.author().name())).append("&nbsp; &nbsp; <b>时间: </b>")
                    .append(ForumTime.relative(post.dateline(), now, ForumTime.MINUTES)).append("<br />\n");
            if (post.first()) {
                page.append("<b>标题: </b>").append(subject).append("<br />\n");
            }
            if (post.banned()) {
                page.append("提示: <em>该帖被管理员或版主屏蔽</em><br />\n");
            } else {
                page.append(PostMarkup.render(post.message(), new PostMarkup.Context(visit.siteUrl(), board.fid(),
                        thread.tid(), post.pid(), false, data::attachment))).append("<br />\n");
            }
        }
        return page.append("</body>\n</html>\n").toString();
    }
}
