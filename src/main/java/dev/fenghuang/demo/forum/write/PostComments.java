package dev.fenghuang.demo.forum.write;

import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.forum.state.PostComment;
import dev.fenghuang.demo.http.AjaxEnvelope;
import dev.fenghuang.demo.store.Censor;
import dev.fenghuang.demo.store.FloodControl;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import java.util.List;
import java.util.Optional;

/**
 * Post comments (点评, 4.7): the popup {@code forum.php?mod=misc&action=comment} and its submit through
 * {@code mod=post&action=reply&comment=yes}, for members on other members' replies (administrators also on first
 * posts), not in closed threads unless moderating; the flood limit applies. Shown under the post in
 * {@code div#comment_PID}.
 */
public final class PostComments {
    static final int MAX_CHARS = 200;
    static final String SUCCEED = "帖子点评成功 ";
    static final String REFUSED = "抱歉，您不能点评此帖或帖子尚未找到";

    private final ForumData data;
    private final FloodControl flood;
    private final MessageAnswer answers;

    public PostComments(ForumData data, FloodControl flood, MessageAnswer answers) {
        this.data = data;
        this.flood = flood;
        this.answers = answers;
    }

    /** Whether the visitor may comment on the post: the 点评 link and the submit share this rule. */
    public static boolean allowed(Visit visit, Board board, ForumThread thread, ForumPost post) {
        if (visit.member().guest() || post.author().uid() == visit.member().uid() || !post.visible()) {
            return false;
        }
        if (post.first() && !ForumRights.administrator(visit)) {
            return false;
        }
        return !thread.closed() || ForumRights.moderates(visit, board);
    }

    /** The comment's target, when the visitor may comment on it. */
    private Optional<ForumPost> target(Visit visit) {
        var request = visit.request();
        Optional<ForumPost> post = data.post(request.intParam("pid")).filter(p -> p.tid() == request.intParam("tid"));
        Optional<ForumThread> thread = post.flatMap(p -> data.thread(p.tid())).filter(ForumThread::listed);
        if (thread.isEmpty()) {
            return Optional.empty();
        }
        Board board = data.board(thread.get().fid()).orElseThrow();
        return post.filter(p -> allowed(visit, board, thread.get(), p));
    }

    public PageResponse popup(Visit visit) {
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(ForumTexts.TO_LOGIN).needsLogin());
        }
        Optional<ForumPost> post = target(visit);
        if (post.isEmpty()) {
            return answers.answer(visit, Message.of(REFUSED));
        }
        var request = visit.request();
        int page = Math.max(1, request.intParam("page"));
        String fragment = "<h3 class=\"flb\"><em id=\"return_comment\">点评</em><span><a href=\"javascript:;\" "
                + "class=\"flbc\" onclick=\"hideWindow('comment')\" title=\"关闭\">关闭</a></span></h3>\n"
                + "<form id=\"commentform\" method=\"post\" autocomplete=\"off\" action=\"forum.php?mod=post&amp;action="
                + "reply&amp;comment=yes&amp;tid=" + post.get().tid() + "&amp;pid=" + post.get().pid() + "&amp;extra=&amp;"
                + "page=" + page + "&amp;commentsubmit=yes&amp;infloat=yes\" onsubmit=\"ajaxpost('commentform', "
                + "'return_comment', 'return_comment', 'onerror');return false;\">\n<input type=\"hidden\" "
                + "name=\"formhash\" value=\"" + visit.formhash() + "\" />\n<input type=\"hidden\" name=\"handlekey\" "
                + "value=\"comment\" />\n<textarea name=\"message\" id=\"commentmessage\" class=\"pt\" rows=\"3\">"
                + "</textarea>\n<p class=\"o pns\"><button type=\"submit\" id=\"commentsubmit\" class=\"pn pnc\" "
                + "value=\"true\" name=\"commentsubmit\"><strong>发表</strong></button></p>\n</form>\n";
        return AjaxEnvelope.of(visit, 200, fragment);
    }

    public PageResponse submit(Visit visit) {
        if (!SubmitCheck.passes(visit, "commentsubmit")) {
            return answers.answer(visit, Message.of(ForumTexts.SUBMIT_INVALID));
        }
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(ForumTexts.REPLY_LOGIN));
        }
        Optional<ForumPost> post = target(visit);
        if (post.isEmpty()) {
            return answers.answer(visit, Message.of(REFUSED));
        }
        String text = visit.request().param("message").strip();
        if (text.isEmpty()) {
            return answers.answer(visit, Message.of(ForumTexts.EMPTY));
        }
        long now = visit.site().now();
        if (!ForumRights.administrator(visit)) {
            if (flood.waitFor(visit.member(), now) > 0) {
                return answers.answer(visit, Message.of(ForumTexts.FLOOD).value("floodctrl", FloodControl.SECONDS));
            }
            flood.posted(visit.member(), now);
        }
        if (Censor.banned(text)) {
            return answers.answer(visit, Message.of(ForumTexts.WORD_BANNED));
        }
        if (text.codePointCount(0, text.length()) > MAX_CHARS) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CHARS));
        }
        ForumPost target = post.get();
        target.comment(new PostComment(visit.member(), text, now));
        ForumThread thread = data.thread(target.tid()).orElseThrow();
        List<ForumPost> visible = thread.visiblePosts();
        int page = visible.indexOf(target) / ForumData.POSTS_PER_PAGE + 1;
        return answers.answer(visit, Message.of(SUCCEED).forward("forum.php?mod=viewthread&tid=" + thread.tid() + "&pid="
                + target.pid() + "&page=" + page + "&extra=#pid" + target.pid()).value("tid", thread.tid())
                .value("pid", target.pid()).succeeded().wrote());
    }

    /** The inside of {@code div#comment_PID}: empty without comments. */
    public static String block(Visit visit, ForumPost post) {
        List<PostComment> comments = post.comments();
        if (comments.isEmpty()) {
            return "";
        }
        StringBuilder block = new StringBuilder("<h3 class=\"psth xs1\"><span class=\"icon_ring vm\"></span>点评</h3>\n");
        for (PostComment c : comments) {
            int uid = c.author().uid();
            block.append("<div class=\"pstl xs1 cl\"><div class=\"psta vm\"><a href=\"home.php?mod=space&amp;uid=")
                    .append(uid).append("\" c=\"1\"><img src=\"").append(visit.siteUrl())
                    .append("uc_server/avatar.php?uid=").append(uid).append("&amp;size=small\" class=\"user_avatar\"></a>\n")
                    .append("<a href=\"home.php?mod=space&amp;uid=").append(uid).append("\" class=\"xi2 xw1\">")
                    .append(ForumHtml.escape(c.author().name())).append("</a></div>\n<div class=\"psti\">")
                    .append(ForumHtml.escape(c.text())).append("&nbsp;\n<span class=\"xg1\">\n发表于 ")
                    .append(ForumTime.relative(c.dateline(), visit.site().now(), ForumTime.MINUTES))
                    .append("</span></div></div>\n");
        }
        return block.toString();
    }
}
