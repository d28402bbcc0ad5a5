package dev.fenghuang.demo.forum.write;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.ThreadType;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.write.CaptchaField;

/**
 * The forum's post forms (4.4–4.6): the fast reply under a thread, the fast new-thread form under a board, the full
 * new-thread, reply and edit forms ({@code form#postform}) and the quote-reply popup.
 */
public final class PostForms {
    private PostForms() {
    }

    private static String hidden(String name, Object value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\" />\n";
    }

    private static String hidden(String id, String name, Object value) {
        return "<input type=\"hidden\" name=\"" + name + "\" id=\"" + id + "\" value=\"" + value + "\" />\n";
    }

    /** {@code form#fastpostform} under the thread: textarea for members, a closed notice, or the guests' login line. */
    public static String fastReply(Visit visit, Board board, ForumThread thread) {
        StringBuilder form = new StringBuilder("<div id=\"f_pst\" class=\"pl bm bmw\">\n<form method=\"post\" "
                + "autocomplete=\"off\" id=\"fastpostform\" action=\"forum.php?mod=post&amp;action=reply&amp;fid=")
                .append(board.fid()).append("&amp;tid=").append(thread.tid()).append("&amp;extra=&amp;replysubmit=yes"
                        + "&amp;infloat=yes&amp;handlekey=fastpost\" onSubmit=\"return fastpostvalidate(this)\">\n")
                .append(hidden("formhash", visit.formhash())).append(hidden("usesig", visit.member().guest() ? "" : "1"))
                .append(hidden("subject", "  "));
        if (visit.member().guest()) {
            form.append("<div class=\"pt hm\">您需要登录后才可以回帖 <a href=\"member.php?mod=logging&amp;action=login\" "
                    + "onclick=\"showWindow('login', this.href)\" class=\"xi2\">登录</a> | <a href=\"member.php?mod="
                    + "register\" class=\"xi2\">立即注册</a></div>\n");
        } else if (thread.closed() && !ForumRights.moderates(visit, board)) {
            form.append("<div class=\"pt hm\"> 抱歉，本主题已关闭，不再接受新内容 </div>\n");
        } else {
            form.append("<textarea rows=\"6\" cols=\"80\" name=\"message\" id=\"fastpostmessage\" class=\"pt\" "
                    + "tabindex=\"4\"></textarea>\n").append(hidden("posttime", "posttime", visit.site().now()))
                    .append(seccheck(visit, "seccheck_fastpost", false, CaptchaField.FAST_REPLY_MODULE));
        }
        return form.append("<p class=\"ptm pnpost\"><button type=\"submit\" name=\"replysubmit\" id=\"fastpostsubmit\" "
                + "class=\"pn pnc vm\" value=\"replysubmit\" tabindex=\"5\"><strong>发表回复</strong></button></p>\n"
                + "</form>\n</div>\n").toString();
    }

    /** {@code form#fastpostform} under a board list, for members. */
    public static String fastNewThread(Visit visit, Board board) {
        if (visit.member().guest()) {
            return "";
        }
        return "<div id=\"f_pst\" class=\"bm\">\n<div class=\"bm_h\">\n<h2>快速发帖</h2>\n</div>\n<div class=\"bm_c\">\n"
                + "<form method=\"post\" autocomplete=\"off\" id=\"fastpostform\" action=\"forum.php?mod=post&amp;action="
                + "newthread&amp;fid=" + board.fid() + "&amp;topicsubmit=yes&amp;infloat=yes&amp;handlekey=fastnewpost\" "
                + "onSubmit=\"return fastpostvalidate(this)\">\n" + typeSelect(board, "typeid_fast", 0)
                + "<input type=\"text\" id=\"subject\" name=\"subject\" class=\"px\" value=\"\" tabindex=\"11\" />\n"
                + "<textarea rows=\"6\" cols=\"80\" name=\"message\" id=\"fastpostmessage\" tabindex=\"12\" class=\"pt\">"
                + "</textarea>\n" + hidden("formhash", visit.formhash()) + hidden("usesig", "1")
                + hidden("posttime", "posttime", visit.site().now()) + "<button type=\"submit\" name=\"topicsubmit\" "
                + "id=\"fastpostsubmit\" value=\"topicsubmit\" tabindex=\"13\" class=\"pn pnc\"><strong>发表帖子</strong>"
                + "</button>\n</form>\n</div>\n</div>\n";
    }

    /**
     * The captcha a member's post form shows when the site has it on (1.10, 4.4): {@code div#seccheck_ID} with the
     * {@code seccode} span and the {@code updateseccode} call; "" otherwise.
     */
    private static String seccheck(Visit visit, String id, boolean fragment, String module) {
        if (!visit.site().captcha() || visit.member().guest()) {
            return "";
        }
        return "<div id=\"" + id + "\">\n" + CaptchaField.markup(CaptchaField.hash(visit, fragment), module) + "</div>\n";
    }

    /** The post page's own check of the board's 必填 type option, as {@code forum/post.htm} writes it. */
    private static String typeRequiredScript(Board board) {
        return "<script type=\"text/javascript\">\nvar typerequired = parseInt('" + (board.typeRequired() ? "1" : "")
                + "');\n</script>\n";
    }

    private static String typeSelect(Board board, String id, int selected) {
        if (board.types().isEmpty()) {
            return "";
        }
        StringBuilder select = new StringBuilder("<select name=\"typeid\" id=\"").append(id)
                .append("\" width=\"80\">\n<option value=\"0\">选择主题分类</option>");
        for (ThreadType type : board.types()) {
            select.append("<option value=\"").append(type.typeid()).append("\"")
                    .append(type.typeid() == selected ? " selected=\"selected\"" : "").append(">")
                    .append(ForumHtml.escape(type.name())).append("</option>");
        }
        return select.append("</select>\n").toString();
    }

    private static String options() {
        return "<input type=\"checkbox\" name=\"htmlon\" id=\"htmlon\" class=\"pc\" value=\"0\" /><label for=\"htmlon\">"
                + "Html 代码</label>\n<input type=\"checkbox\" name=\"parseurloff\" id=\"parseurloff\" class=\"pc\" "
                + "value=\"1\" /><label for=\"parseurloff\">禁用链接识别</label>\n<input type=\"checkbox\" name=\"smileyoff\" "
                + "id=\"smileyoff\" class=\"pc\" value=\"1\" /><label for=\"smileyoff\">禁用表情</label>\n<input "
                + "type=\"checkbox\" name=\"bbcodeoff\" id=\"bbcodeoff\" class=\"pc\" value=\"1\" /><label for=\"bbcodeoff\">"
                + "禁用编辑器代码</label>\n";
    }

    /** The full new-thread page's form (4.5). */
    static String newThread(Visit visit, Board board) {
        return typeRequiredScript(board) + "<form method=\"post\" autocomplete=\"off\" id=\"postform\" action=\"forum.php?mod=post&amp;action="
                + "newthread&amp;fid=" + board.fid() + "&amp;extra=&amp;topicsubmit=yes\" onsubmit=\"return validate(this)\">\n"
                + hidden("formhash", "formhash", visit.formhash()) + hidden("posttime", "posttime", visit.site().now())
                + hidden("wysiwyg", "e_mode", 1) + typeSelect(board, "typeid", 0)
                + "<input type=\"text\" name=\"subject\" id=\"subject\" class=\"px\" value=\"\" tabindex=\"1\" />\n"
                + "<textarea name=\"message\" id=\"e_textarea\" class=\"pt\" rows=\"15\" tabindex=\"2\"></textarea>\n"
                + seccheck(visit, "seccheck", false, CaptchaField.POST_MODULE)
                + "<input type=\"checkbox\" name=\"allownoticeauthor\" id=\"allownoticeauthor\" class=\"pc\" value=\"1\" "
                + "checked=\"checked\" /><label for=\"allownoticeauthor\">接收回复通知</label>\n<input type=\"checkbox\" "
                + "name=\"usesig\" id=\"usesig\" class=\"pc\" value=\"1\" checked=\"checked\" /><label for=\"usesig\">"
                + "使用个人签名</label>\n" + options() + hidden("save", "") + "<button type=\"submit\" id=\"postsubmit\" "
                + "class=\"pn pnc\" value=\"true\" name=\"topicsubmit\"><span>发表帖子</span></button>\n</form>\n";
    }

    /** The quote fields of a reply form: what {@code repquote} or {@code reppost} names. */
    record Quote(String noticeauthor, String trimstr, String authormsg, int reppid) {
        static final Quote NONE = new Quote("", "", "", 0);
    }

    /** {@code form#postform} of the reply popup ({@code infloat}) or the full reply page. */
    static String reply(Visit visit, Board board, ForumThread thread, Quote quote, boolean popup) {
        String action = popup ? "forum.php?mod=post&amp;infloat=yes&amp;action=reply&amp;fid=" + board.fid()
                + "&amp;extra=&amp;tid=" + thread.tid() + "&amp;replysubmit=yes"
                : "forum.php?mod=post&amp;action=reply&amp;fid=" + board.fid() + "&amp;tid=" + thread.tid()
                        + "&amp;extra=&amp;replysubmit=yes";
        StringBuilder form = new StringBuilder("<form method=\"post\" autocomplete=\"off\" id=\"postform\" action=\"")
                .append(action).append(popup ? "\" onsubmit=\"this.message.value = parseurl(this.message.value);"
                        + "ajaxpost('postform', 'return_reply', 'return_reply', 'onerror');return false;\">\n" : "\">\n")
                .append(hidden("formhash", "formhash", visit.formhash()));
        if (popup) {
            form.append(hidden("handlekey", "reply"));
        } else {
            form.append(hidden("posttime", "posttime", visit.site().now())).append(hidden("wysiwyg", "e_mode", 1));
        }
        form.append(hidden("noticeauthor", ForumHtml.escape(quote.noticeauthor())))
                .append(hidden("noticetrimstr", ForumHtml.escape(quote.trimstr())))
                .append(hidden("noticeauthormsg", ForumHtml.escape(quote.authormsg())));
        if (popup) {
            form.append(hidden("usesig", "1"));
        }
        form.append(hidden("reppid", quote.reppid() == 0 ? "" : quote.reppid()))
                .append(hidden("reppost", quote.reppid() == 0 ? "" : quote.reppid()));
        form.append("<span id=\"subjecthide\" class=\"z\">RE: ").append(ForumHtml.escape(thread.subject()))
                .append(" [<a href=\"javascript:;\" onclick=\"display('subjecthide');display('subjectbox');$('subject')"
                        + ".value='';display('subjectchk');return false;\">修改</a>]</span>\n<span id=\"subjectbox\" "
                        + "style=\"display:none\"><input name=\"subject\" id=\"subject\" class=\"px\" value=\"\" "
                        + "style=\"width: 25em\" /></span>\n");
        if (!quote.authormsg().isEmpty()) {
            form.append("<div class=\"quote\"><blockquote>").append(ForumHtml.escape(quote.authormsg()))
                    .append("</blockquote></div>\n");
        }
        form.append("<textarea name=\"message\" id=\"").append(popup ? "postmessage" : "e_textarea")
                .append("\" class=\"pt\" rows=\"10\"></textarea>\n")
                .append(seccheck(visit, popup ? "seccheck_reply" : "seccheck", popup, CaptchaField.POST_MODULE));
        if (!popup) {
            form.append("<input type=\"checkbox\" name=\"usesig\" id=\"usesig\" class=\"pc\" value=\"1\" checked=\"checked\" "
                    + "/><label for=\"usesig\">使用个人签名</label>\n").append(options()).append(hidden("save", ""));
        } else {
            form.append("<a href=\"forum.php?mod=post&amp;action=reply&amp;fid=").append(board.fid()).append("&amp;tid=")
                    .append(thread.tid()).append(quote.reppid() == 0 ? "" : "&amp;repquote=" + quote.reppid())
                    .append("\" onclick=\"switchAdvanceMode(this.href);return false;\">高级模式</a>\n");
        }
        return form.append("<button type=\"submit\" id=\"postsubmit\" class=\"pn pnc\" value=\"true\" name=\"replysubmit\">"
                + "<span>参与/回复主题</span></button>\n</form>\n").toString();
    }

    /** The edit page's {@code form#postform} with the stored BBCode, edit stamp removed (4.6). */
    static String edit(Visit visit, Board board, ForumThread thread, ForumPost post, int page) {
        String message = post.message().replaceFirst("^\\[i=s][^\\[]*\\[/i]\n*", "");
        String subject = post.first() ? thread.subject() : post.subject();
        return "<form method=\"post\" autocomplete=\"off\" id=\"postform\" action=\"forum.php?mod=post&amp;action=edit"
                + "&amp;extra=&amp;editsubmit=yes\" onsubmit=\"return validate(this)\">\n"
                + hidden("formhash", "formhash", visit.formhash()) + hidden("posttime", "posttime", visit.site().now())
                + hidden("delattachop", 0) + hidden("wysiwyg", "e_mode", 1) + hidden("fid", board.fid())
                + hidden("tid", thread.tid()) + hidden("pid", post.pid()) + hidden("page", page) + hidden("delete", 0)
                + hidden("save", "") + (post.first() ? typeSelect(board, "typeid", thread.typeid()) : "")
                + "<input type=\"text\" name=\"subject\" id=\"subject\" class=\"px\" value=\"" + ForumHtml.escape(subject)
                + "\" tabindex=\"1\" />\n<textarea name=\"message\" id=\"e_textarea\" class=\"pt\" rows=\"15\">"
                + ForumHtml.escape(message) + "</textarea>\n<input type=\"checkbox\" name=\"usesig\" id=\"usesig\" "
                + "class=\"pc\" value=\"1\" checked=\"checked\" /><label for=\"usesig\">使用个人签名</label>\n" + options()
                + "<button type=\"submit\" id=\"postsubmit\" class=\"pn pnc\" value=\"true\" name=\"editsubmit\"><span>"
                + "保存</span></button>\n</form>\n";
    }
}
