package dev.fenghuang.demo.forum.moderate;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.page.PageNavigation;
import dev.fenghuang.demo.http.Visit;
import java.util.ArrayList;
import java.util.List;

/** The pages of the moderation panel (5.9): its home, the queue lists and the decision popup. */
final class ModcpPages {
    private ModcpPages() {
    }

    private static String frame(Visit visit, ForumChrome chrome, String title, String content) {
        String nav = "<div class=\"appl\">\n<ul>\n<li><a href=\"forum.php?mod=modcp&amp;action=moderate&amp;op=threads\">"
                + "审核主题</a></li>\n<li><a href=\"forum.php?mod=modcp&amp;action=moderate&amp;op=replies\">审核回复</a>"
                + "</li>\n</ul>\n</div>\n";
        return chrome.page(visit, ForumChrome.title(title + " - 管理面板"), "forum_modcp", " <em>&rsaquo;</em> 管理面板",
                "<div id=\"ct\" class=\"ct2_a wp cl\">\n" + nav + "<div class=\"mn\">\n" + content + "</div>\n</div>\n");
    }

    static String home(Visit visit, ForumChrome chrome) {
        return frame(visit, chrome, "管理面板", "<h1 class=\"mt\">管理面板</h1>\n");
    }

    static String queue(Visit visit, ForumChrome chrome, ForumData data, List<Board> boards, boolean threads) {
        var request = visit.request();
        boolean ignored = !request.param("filter").isEmpty() && !request.param("filter").equals("0");
        int fid = request.intParam("fid");
        List<Integer> fids = boards.stream().map(Board::fid).filter(f -> fid == 0 || f == fid).toList();
        List<String> items = new ArrayList<>();
        String op = threads ? "threads" : "replies";
        if (threads) {
            for (ForumThread thread : data.queuedThreads(ignored)) {
                if (fids.contains(thread.fid())) {
                    items.add(item(visit, data, thread, thread.firstPost(), true, ignored, items.size()));
                }
            }
        } else {
            for (ForumPost post : data.queuedReplies(ignored)) {
                ForumThread thread = data.thread(post.tid()).orElseThrow();
                if (fids.contains(thread.fid())) {
                    items.add(item(visit, data, thread, post, false, ignored, items.size()));
                }
            }
        }
        int pages = PageNavigation.pageCount(items.size(), ModcpPanel.PER_PAGE);
        int page = PageNavigation.clamp(request.intParam("page"), pages);
        StringBuilder list = new StringBuilder();
        items.subList((page - 1) * ModcpPanel.PER_PAGE, Math.min(items.size(), page * ModcpPanel.PER_PAGE))
                .forEach(list::append);
        String title = threads ? "审核主题" : "审核回复";
        String content = "<h1 class=\"mt\">" + title + "</h1>\n<form method=\"post\" autocomplete=\"off\" name=\"moderate\" "
                + "id=\"moderate\" action=\"forum.php?mod=modcp&amp;action=moderate&amp;op=" + op + "\">\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash() + "\" />\n<input type=\"hidden\" "
                + "name=\"fid\" value=\"" + (fid == 0 ? "" : fid) + "\" />\n<input type=\"hidden\" name=\"modact\" "
                + "value=\"\" />\n<input type=\"hidden\" name=\"infloat\" value=\"yes\" />\n<input type=\"hidden\" "
                + "name=\"dosubmit\" value=\"yes\" />\n<input type=\"hidden\" name=\"filter\" value=\"" + (ignored ? 1 : 0)
                + "\" />\n<input type=\"hidden\" name=\"posttableid\" value=\"0\" />\n" + list
                + "<p class=\"pgs cl\"><label for=\"chkall\"><input class=\"pc\" type=\"checkbox\" name=\"chkall\" "
                + "id=\"chkall\" onclick=\"checkall(this.form, 'moderate')\" />全选</label>\n<button type=\"button\" "
                + "class=\"pn\" onclick=\"modthreads('validate')\"><span>通过</span></button>\n<button type=\"button\" "
                + "class=\"pn\" onclick=\"modthreads('delete')\"><span>删除</span></button>\n<button type=\"button\" "
                + "class=\"pn\" onclick=\"modthreads('ignore')\"><span>忽略</span></button></p>\n</form>\n"
                + PageNavigation.links("forum.php?mod=modcp&action=moderate&op=" + op + (ignored ? "&filter=1" : ""), page, pages);
        return frame(visit, chrome, title, content);
    }

    private static String item(Visit visit, ForumData data, ForumThread thread, ForumPost post, boolean threads,
            boolean ignored, int index) {
        String key = ForumRights.modthreadKey(visit, thread.tid());
        int id = threads ? thread.tid() : post.pid();
        String op = threads ? "threads" : "replies";
        String view = threads ? "forum.php?mod=viewthread&amp;tid=" + thread.tid() + "&amp;modthreadkey=" + key
                : "forum.php?mod=redirect&amp;goto=findpost&amp;ptid=" + thread.tid() + "&amp;pid=" + post.pid()
                        + "&amp;modthreadkey=" + key;
        StringBuilder links = new StringBuilder();
        for (String[] act : new String[][] {{"validate", "通过"}, {"delete", "删除"}, {"ignore", "忽略"}}) {
            links.append("<a href=\"forum.php?mod=modcp&amp;action=moderate&amp;op=").append(op)
                    .append("&amp;posttableid=0&amp;moderate[]=").append(id).append("&amp;modact=").append(act[0])
                    .append("&amp;filter=").append(ignored ? 1 : 0).append("&amp;dosubmit=1\" onclick=\"showWindow('mods', "
                            + "this.href)\" class=\"xi2\">").append(act[1]).append("</a><span class=\"pipe\">|</span>\n");
        }
        Board board = data.board(thread.fid()).orElseThrow();
        String author = ForumHtml.escape(post.author().name());
        String subject = threads ? ForumHtml.escape(thread.subject()) : ForumHtml.escape(thread.subject());
        return "<div class=\"um " + (index % 2 == 1 ? "alt" : "") + "\" id=\"pid_" + id + "\">\n<p class=\"pbn\">\n"
                + "<span class=\"y\">\n<a href=\"" + view + "\"  target=\"_blank\" class=\"xi2\">查看</a><span class=\"pipe\">"
                + "|</span>\n" + links + "<a href=\"javascript:;\" onclick=\"display('list_note_" + id + "')\" class=\"xi2\">"
                + "展开</a>\n</span>\n<input type=\"checkbox\" name=\"moderate[]\" id=\"pidcheck_" + id + "\" class=\"pc\" "
                + "value=\"" + id + "\" onclick=\"recountobj()\"/>\n<a href=\"forum.php?mod=forumdisplay&amp;fid="
                + board.fid() + "\" target=\"_blank\" class=\"xi2 xw1\">" + ForumHtml.escape(board.name()) + "</a> &rsaquo; "
                + "<span class=\"xw1\">" + subject + "</span></p>\n<p class=\"pbn\">\n"
                + (threads ? "<a href=\"home.php?mod=space&amp;uid=" + post.author().uid() + "\" target=\"_blank\" "
                        + "class=\"xi2\">" + author + "</a>" : "<span class=\"xi2\">" + author + "</span>")
                + "\n<span class=\"xg1\">发表于 " + ForumTime.minutes(post.dateline()) + "</span>\n<div id=\"list_note_" + id
                + "\" style=\"overflow: auto; overflow-x: hidden; max-height:120px; height:auto !important; height:120px; "
                + "word-break: break-all;\">" + ForumHtml.escape(post.message()) + "  </div>\n</p>\n</div>\n";
    }

    static String popup(Visit visit, boolean threads, String modact, List<String> ids) {
        String what = threads ? "主题" : "回复";
        String verb = switch (modact) {
            case "delete" -> "删除";
            case "ignore" -> "忽略";
            default -> "通过审核";
        };
        String op = threads ? "threads" : "replies";
        StringBuilder hidden = new StringBuilder();
        for (String id : ids) {
            hidden.append("<input type=\"hidden\" name=\"moderate[]\" value=\"").append(ThreadTools.parse(id))
                    .append("\" />\n");
        }
        return "<h3 class=\"flb\"><em id=\"return_mods\">\n" + verb + what + "(" + ids.size() + ")</em><span><a "
                + "href=\"javascript:;\" class=\"flbc\" onclick=\"hideWindow('mods')\" title=\"关闭\">关闭</a></span></h3>\n"
                + "<form id=\"moderateform\" method=\"post\" autocomplete=\"off\" action=\"forum.php?mod=modcp&amp;action="
                + "moderate&amp;op=" + op + "&amp;infloat=yes\" onsubmit=\"ajaxpost('moderateform', 'return_mods', "
                + "'return_mods', 'onerror');return false;\">\n<input type=\"hidden\" name=\"formhash\" value=\""
                + visit.formhash() + "\" />\n<input type=\"hidden\" name=\"filter\" value=\""
                + ForumHtml.escape(visit.request().param("filter")) + "\" />\n<input type=\"hidden\" name=\"modact\" value=\""
                + ForumHtml.escape(modact) + "\" />\n<input type=\"hidden\" name=\"modsubmit\" value=\"1\" />\n"
                + "<input type=\"hidden\" name=\"posttableid\" value=\"0\" />\n<input type=\"hidden\" name=\"handlekey\" "
                + "value=\"mods\" />\n" + hidden + "<p>操作理由[可选]:</p>\n<textarea name=\"reason\" class=\"pt\" rows=\"3\">"
                + "</textarea>\n<p class=\"o pns\"><button type=\"submit\" name=\"modsubmit\" class=\"pn pnc\" value=\"true\">"
                + "<strong>确定</strong></button></p>\n</form>\n";
    }
}
