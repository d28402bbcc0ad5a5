package dev.fenghuang.demo.forum.read;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.html.PostMarkup;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.write.PostComments;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.http.Visit;

/** One post of the thread page (4.3): {@code div#post_PID > table#pidPID.plhin}, in its X3.5 shape. */
final class PostFloor {
    private static final String[] NAMED = {"", "楼主", "沙发", "板凳", "地板"};

    /** How the page shows a post: its floor label, page, and what the viewer may do. */
    record Shown(ForumPost post, int floor, int page, boolean filtered, boolean moderator, boolean edits,
            boolean showsHidden) {
    }

    private PostFloor() {
    }

    /** The floor's text: 楼主/沙发/板凳/地板, else {@code <em>N</em><sup>#</sup>}; 0 gives the empty {@code <em>}. */
    static String label(int floor) {
        if (floor >= 1 && floor < NAMED.length) {
            return "\n" + NAMED[floor];
        }
        return "<em>" + (floor == 0 ? "" : String.valueOf(floor)) + "</em><sup>#</sup>";
    }

    static String render(Visit visit, Board board, ForumThread thread, Shown shown, ForumData data) {
        ForumPost post = shown.post();
        int pid = post.pid();
        int uid = post.author().uid();
        int tid = thread.tid();
        String link = post.first() ? "forum.php?mod=viewthread&amp;tid=" + tid
                : "forum.php?mod=redirect&amp;goto=findpost&amp;ptid=" + tid + "&amp;pid=" + pid;
        StringBuilder html = new StringBuilder("<div id=\"post_").append(pid).append("\" >\n<table id=\"pid")
                .append(pid).append("\" class=\"plhin\" summary=\"pid").append(pid)
                .append("\" cellspacing=\"0\" cellpadding=\"0\">\n<tr>\n");
        html.append(leftColumn(visit, post));
        html.append("<td class=\"plc\">\n<div class=\"pi\">\n");
        if (post.first()) {
            html.append(floorJump(tid, shown.filtered() ? uid : 0));
        }
        html.append("<strong>\n<a href=\"").append(link).append("\" id=\"postnum")
                .append(pid).append("\" onclick=\"setCopy(this.href, '帖子地址复制成功');return false;\">")
                .append(label(shown.floor())).append("</a>\n</strong>\n<div class=\"pti\">\n<div class=\"pdbt\">\n</div>\n"
                        + "<div class=\"authi\">\n");
        if (!post.first() && uid == thread.author().uid()) {
            html.append("<em class=\"authicn fico-person fic4 fnmr vm\" id=\"authicon").append(pid)
                    .append("\" title=\"楼主\"></em>\n&nbsp;楼主<span class=\"pipe\">|</span>\n");
        } else {
            html.append("<img class=\"authicn vm\" id=\"authicon").append(pid).append("\" src=\"static/image/common/")
                    .append(onlineIcon(post)).append("\" />\n");
        }
        html.append("<em id=\"authorposton").append(pid).append("\">发表于 ")
                .append(ForumTime.relative(post.dateline(), visit.site().now(), ForumTime.SECONDS)).append("</em>\n")
                .append("<span class=\"pipe\">|</span>\n");
        if (shown.filtered()) {
            html.append("<a href=\"forum.php?mod=viewthread&amp;tid=").append(tid)
                    .append("&amp;page=1\" rel=\"nofollow\">显示全部楼层</a>\n");
        } else {
            html.append("<a href=\"forum.php?mod=viewthread&amp;tid=").append(tid).append("&amp;page=1&amp;authorid=")
                    .append(uid).append("\" rel=\"nofollow\">只看该作者</a>\n");
        }
        html.append("</div>\n</div>\n</div>\n").append(body(visit, board, thread, shown, data)).append("</td></tr>\n");
        html.append("<tr><td class=\"plc plm\">\n</td>\n</tr>\n<tr id=\"_postposition").append(pid).append("\"></tr>\n")
                .append(actions(visit, board, thread, shown)).append("</table>\n</div>\n");
        return html.toString();
    }

    private static String leftColumn(Visit visit, ForumPost post) {
        int uid = post.author().uid();
        var group = Members.group(post.author());
        return "<td class=\"pls\" rowspan=\"2\">\n<div id=\"favatar" + post.pid() + "\" class=\"pls cl favatar\">\n"
                + "<div class=\"pi\">\n<div class=\"authi\"><a href=\"home.php?mod=space&amp;uid=" + uid
                + "\" target=\"_blank\" class=\"xw1\">" + ForumHtml.escape(post.author().name()) + "</a>\n</div>\n"
                + "</div>\n" + userCard(visit, post) + "<div>\n<div class=\"avatar\"><a href=\"home.php?mod=space&amp;uid=" + uid
                + "\" class=\"avtm\" target=\"_blank\"><img src=\"" + visit.siteUrl() + "uc_server/avatar.php?uid=" + uid
                + "&amp;size=middle\" /></a></div>\n</div>\n<p><em><a href=\"home.php?mod=spacecp&amp;ac=usergroup&amp;"
                + "gid=" + group.groupid() + "\" target=\"_blank\">" + group.title() + "</a></em></p>\n"
                + "<dl class=\"pil cl\">\n<dt>注册时间</dt><dd>" + joined(uid) + "</dd>\n</dl>\n</div>\n</td>\n";
    }

    /**
     * The user card {@code div#userinfoPID}, hidden until the pointer rests on the avatar: a message link, the avatar
     * again, the name, online state and points (4.3).
     */
    private static String userCard(Visit visit, ForumPost post) {
        int uid = post.author().uid();
        String name = ForumHtml.escape(post.author().name());
        return "<div id=\"userinfo" + post.pid() + "\" class=\"tip tip_4\" style=\"display: none; margin-top: -2px;\">\n"
                + "<div class=\"tip_horn\"></div>\n<div class=\"tip_c\">\n<div class=\"y\"><a href=\"home.php?mod=spacecp&amp;"
                + "ac=pm&amp;op=showmsg&amp;handlekey=showmsg_" + uid + "&amp;touid=" + uid + "&amp;pmid=0&amp;daterange=2\" "
                + "onclick=\"showWindow('sendpm', this.href);\" title=\"发消息\" class=\"xi2\">发消息</a></div>\n"
                + "<div class=\"avatar_p\"><a href=\"home.php?mod=space&amp;uid=" + uid + "\" class=\"avtm\" target=\"_blank\">"
                + "<img src=\"" + visit.siteUrl() + "uc_server/avatar.php?uid=" + uid + "&amp;size=middle\" /></a></div>\n"
                + "<div class=\"i y\">\n<div><strong><a href=\"home.php?mod=space&amp;uid=" + uid + "\" target=\"_blank\" "
                + "class=\"xi2\">" + name + "</a></strong><em>当前离线</em></div>\n<dl class=\"cl\"><dt>积分</dt><dd><a href=\""
                + "home.php?mod=space&amp;uid=" + uid + "&amp;do=profile\" target=\"_blank\" class=\"xi2\">" + (uid * 37 % 500)
                + "</a></dd></dl>\n</div>\n</div>\n</div>\n";
    }

    /** 电梯直达 in the first post's header: a floor number typed builds {@code forum.php?mod=redirect&ptid=TID&postno=N}. */
    private static String floorJump(int tid, int authorid) {
        return "<div id=\"fj\" class=\"y\">\n<label class=\"z\">电梯直达</label>\n<input type=\"text\" class=\"px p_fre z\" size=\"2\" "
                + "onkeyup=\"$('fj_btn').href='forum.php?mod=redirect&amp;ptid=" + tid + "&amp;authorid=" + authorid
                + "&amp;postno='+this.value\" onkeydown=\"if(event.keyCode==13) {window.location=$('fj_btn').href;return false;}\" "
                + "title=\"跳转到指定楼层\" />\n<a href=\"javascript:;\" id=\"fj_btn\" class=\"z\" title=\"跳转到指定楼层\">"
                + "<i class=\"fico-jump fic4 fc-p vm\"></i></a>\n</div>\n";
    }

    /** The join date shown beside a post: fixed per member. */
    static String joined(int uid) {
        return "2016-" + (1 + uid % 12) + "-" + (1 + uid * 7 % 28);
    }

    private static String onlineIcon(ForumPost post) {
        return switch (Members.group(post.author()).adminid()) {
            case 1 -> "online_admin.gif";
            case 2 -> "online_supermod.gif";
            default -> "online_member.gif";
        };
    }

    private static String body(Visit visit, Board board, ForumThread thread, Shown shown, ForumData data) {
        ForumPost post = shown.post();
        StringBuilder body = new StringBuilder("<div class=\"pct\"><div class=\"pcb\">\n");
        if (post.first() && !thread.modAction().isEmpty()) {
            body.append("<div class=\"modact\"><a href=\"forum.php?mod=misc&amp;action=viewthreadmod&amp;tid=")
                    .append(thread.tid()).append("\" title=\"帖子模式\" onclick=\"showWindow('viewthreadmod', this.href)\">"
                            + "本主题由 管理团队 于 ").append(ForumTime.relative(thread.modActionTime(), visit.site().now(),
                            ForumTime.MINUTES)).append(" ").append(thread.modAction()).append("</a></div>\n");
        }
        if (post.banned()) {
            if (!shown.moderator()) {
                return body.append("<div class=\"locked\">提示: <em>该帖被管理员或版主屏蔽</em></div>\n</div>\n</div>\n")
                        .toString();
            }
            body.append("<div class=\"locked\">提示: <em>该帖被管理员或版主屏蔽，只有管理员或有管理权限的成员可见</em></div>\n");
        }
        if (!post.first() && !post.subject().isEmpty()) {
            body.append("<h2>").append(ForumHtml.escape(post.subject())).append("</h2>\n");
        }
        PostMarkup.Context context = new PostMarkup.Context(visit.siteUrl(), board.fid(), thread.tid(), post.pid(),
                shown.showsHidden(), data::attachment);
        body.append("<div class=\"t_fsz\">\n<table cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"t_f\" id=\"postmessage_")
                .append(post.pid()).append("\">\n").append(PostMarkup.render(post.message(), context))
                .append("</td></tr></table>\n</div>\n<div id=\"comment_").append(post.pid())
                .append("\" class=\"cm\">\n").append(PostComments.block(visit, post)).append("</div>\n<div id=\"post_rate_div_").append(post.pid()).append("\"></div>\n");
        if (post.first()) {
            body.append("<div id=\"p_btn\" class=\"mtw mbm hm cl\">\n<a href=\"home.php?mod=spacecp&amp;ac=favorite&amp;"
                    + "type=thread&amp;id=").append(thread.tid()).append("&amp;formhash=").append(visit.formhash())
                    .append("\" id=\"k_favorite\" onclick=\"showWindow(this.id, this.href, 'get', 0);\" onmouseover=\""
                            + "this.title = $('favoritenumber').innerHTML + ' 人收藏'\" title=\"收藏本帖\"><i><em class=\""
                            + "fico-star fc-l\" title=\"收藏\"></em>收藏<span id=\"favoritenumber\">")
                    .append(data.favorites().count(thread.tid())).append("</span></i></a>\n</div>\n");
        }
        return body.append("</div>\n</div>\n").toString();
    }

    private static String actions(Visit visit, Board board, ForumThread thread, Shown shown) {
        ForumPost post = shown.post();
        int fid = board.fid();
        int tid = thread.tid();
        StringBuilder row = new StringBuilder("<tr>\n<td class=\"pls\"></td>\n<td class=\"plc\" style=\"overflow:visible;\">\n"
                + "<div class=\"po hin\">\n<div class=\"pob cl\">\n<em>\n");
        if (PostComments.allowed(visit, board, thread, post)) {
            row.append("<a class=\"cmmnt\" href=\"forum.php?mod=misc&amp;action=comment&amp;tid=").append(tid)
                    .append("&amp;pid=").append(post.pid()).append("&amp;extra=&amp;page=").append(shown.page())
                    .append("\" onclick=\"showWindow('comment', this.href, 'get', 0)\">点评</a>\n");
        }
        row.append("<a class=\"fastre\" href=\"forum.php?mod=post&amp;action=reply&amp;fid=").append(fid)
                .append("&amp;tid=").append(tid).append(post.first() ? "&amp;reppost=" : "&amp;repquote=")
                .append(post.pid()).append("&amp;extra=&amp;page=").append(shown.page())
                .append("\" onclick=\"showWindow('reply', this.href)\">回复</a>\n");
        if (shown.edits()) {
            row.append("<a class=\"editp\" href=\"forum.php?mod=post&amp;action=edit&amp;fid=").append(fid)
                    .append("&amp;tid=").append(tid).append("&amp;pid=").append(post.pid()).append("&amp;page=")
                    .append(shown.page()).append("\">编辑</a>\n");
        }
        if (post.pending()) {
            row.append("<span class=\"xg1\">(待审核)</span>\n");
        }
        row.append("</em>\n<p>\n");
        if (shown.moderator() && !post.first()) {
            row.append("<input type=\"checkbox\" id=\"manage").append(post.pid()).append("\" class=\"pc\" onclick=\""
                    + "pidchecked(this);modclick(this, ").append(post.pid()).append(")\" value=\"").append(post.pid())
                    .append("\" autocomplete=\"off\" /><label for=\"manage").append(post.pid()).append("\">管理</label>\n");
        }
        return row.append("<a href=\"javascript:;\" onclick=\"showWindow('miscreport").append(post.pid())
                .append("', 'misc.php?mod=report&rtype=post&rid=").append(post.pid()).append("&tid=").append(tid)
                .append("&fid=").append(fid).append("', 'get', -1);return false;\">举报</a>\n</p>\n</div>\n</div>\n"
                        + "</td>\n</tr>\n").toString();
    }
}
