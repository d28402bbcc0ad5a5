package dev.fenghuang.demo.forum.write;

import dev.fenghuang.demo.forum.html.ForumChrome;
import dev.fenghuang.demo.forum.html.ForumHtml;
import dev.fenghuang.demo.forum.html.ForumRights;
import dev.fenghuang.demo.forum.html.ForumTexts;
import dev.fenghuang.demo.forum.html.ForumTime;
import dev.fenghuang.demo.forum.html.QuoteText;
import dev.fenghuang.demo.forum.state.Board;
import dev.fenghuang.demo.forum.state.ForumData;
import dev.fenghuang.demo.forum.state.ForumPost;
import dev.fenghuang.demo.forum.state.ForumThread;
import dev.fenghuang.demo.store.Censor;
import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.store.Captchas;
import dev.fenghuang.demo.store.FloodControl;
import dev.fenghuang.demo.write.CaptchaField;
import dev.fenghuang.demo.http.Message;
import dev.fenghuang.demo.page.MessageAnswer;
import dev.fenghuang.demo.page.MessagePageRenderer;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.SubmitCheck;
import dev.fenghuang.demo.http.Visit;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * {@code forum.php?mod=post}: the reply, new-thread and edit forms and their submits (4.4–4.6), with the checks in
 * Discuz's order — login, thread state, empty, lengths (bytes of the site charset, subjects in width units), then the
 * flood lock, which the attempt takes even when a later check fails, then the thread type, then the censor (a
 * 需要审核 word holds the post: it vanishes from every page until a moderator decides).
 */
public final class ForumPosting {
    static final int MIN_BYTES = 10;
    static final int MAX_BYTES = 10_000;
    static final int MAX_SUBJECT_WIDTH = 80;
    static final int MAX_SUBJECT_ADMIN = 255;

    private final ForumData data;
    private final FloodControl flood;
    private final Captchas captchas;
    private final MessageAnswer answers;
    private final ForumChrome chrome;
    private final MessagePageRenderer messages;

    public ForumPosting(ForumData data, FloodControl flood, Captchas captchas, MessageAnswer answers, ForumChrome chrome,
            MessagePageRenderer messages) {
        this.data = data;
        this.flood = flood;
        this.captchas = captchas;
        this.answers = answers;
        this.chrome = chrome;
        this.messages = messages;
    }

    public PageResponse route(Visit visit) {
        return switch (visit.request().param("action")) {
            case "reply" -> reply(visit);
            case "newthread" -> newThread(visit);
            case "edit" -> edit(visit);
            default -> answers.answer(visit, Message.of(ForumTexts.UNDEFINED_ACTION));
        };
    }

    /**
     * With the captcha on, a member's reply or thread carries the code of an image loaded in the same session, checked
     * right after the form hash as {@code submitcheck()} does (before the flood lock), and used up right or wrong.
     */
    private boolean captchaWrong(Visit visit) {
        return visit.site().captcha() && !visit.member().guest() && !CaptchaField.verify(visit, captchas);
    }

    private PageResponse say(Visit visit, String text) {
        return answers.answer(visit, Message.of(text));
    }

    private static Message lengths(String text) {
        return Message.of(text).value("minpostsize", MIN_BYTES).value("maxpostsize", MAX_BYTES);
    }

    /** The length and flood checks shared by replies and threads; empty when the post may go on. */
    private Optional<Message> checks(Visit visit, String subject, String message, String quote) {
        if (message.isBlank()) {
            return Optional.of(Message.of(ForumTexts.EMPTY));
        }
        Charset charset = visit.site().charset();
        boolean admin = ForumRights.administrator(visit);
        if (ForumHtml.width(subject) > (admin ? MAX_SUBJECT_ADMIN : MAX_SUBJECT_WIDTH)) {
            return Optional.of(lengths(ForumTexts.SUBJECT_TOO_LONG));
        }
        int bytes = ForumHtml.bytes(message.replace(quote, ""), charset);
        if (!admin && bytes < MIN_BYTES) {
            return Optional.of(lengths(ForumTexts.TOO_SHORT));
        }
        if (!admin && bytes > MAX_BYTES) {
            return Optional.of(lengths(ForumTexts.TOO_LONG));
        }
        long now = visit.site().now();
        if (flood.waitFor(visit.member(), now) > 0) {
            return Optional.of(Message.of(ForumTexts.FLOOD).value("floodctrl", FloodControl.SECONDS));
        }
        flood.posted(visit.member(), now);
        if (Censor.banned(subject + message)) {
            return Optional.of(Message.of(ForumTexts.WORD_BANNED));
        }
        return Optional.empty();
    }

    private PageResponse reply(Visit visit) {
        var request = visit.request();
        Optional<ForumThread> found = data.thread(request.intParam("tid")).filter(ForumThread::listed);
        if (!request.has("replysubmit") && !request.post()) {
            if (visit.member().guest()) {
                return answers.answer(visit, Message.of(ForumTexts.REPLY_LOGIN).needsLogin());
            }
            return found.isEmpty() ? say(visit, ForumTexts.THREAD_MISSING) : replyForm(visit, found.get());
        }
        return addReply(visit, found);
    }

    private PageResponse addReply(Visit visit, Optional<ForumThread> found) {
        var request = visit.request();
        if (!SubmitCheck.passes(visit, "replysubmit")) {
            return say(visit, ForumTexts.SUBMIT_INVALID);
        }
        if (captchaWrong(visit)) {
            return say(visit, MessageTexts.SECCODE_INVALID);
        }
        if (visit.member().guest()) {
            return say(visit, ForumTexts.REPLY_LOGIN);
        }
        if (found.isEmpty()) {
            return say(visit, ForumTexts.THREAD_MISSING);
        }
        ForumThread thread = found.get();
        Board board = data.board(thread.fid()).orElseThrow();
        if (thread.closed() && !ForumRights.moderates(visit, board)) {
            return say(visit, ForumTexts.CLOSED);
        }
        String quote = request.param("noticetrimstr");
        String text = request.param("message");
        String message = quote.isEmpty() ? text : quote + "\n\n" + text;
        Optional<Message> refused = checks(visit, request.param("subject").strip(), text, "");
        if (refused.isPresent()) {
            return answers.answer(visit, refused.get());
        }
        long now = visit.site().now();
        ForumPost post = data.reply(thread, visit.member(), now, request.param("subject").strip(), message);
        Message answer;
        if (Censor.moderated(message) && !ForumRights.administrator(visit)) {
            data.hide(thread, post, ForumPost.PENDING, now);
            answer = Message.of(ForumTexts.REPLY_HELD).forward("forum.php?mod=viewthread&tid=" + thread.tid());
        } else {
            int page = (thread.visiblePosts().size() - 1) / ForumData.POSTS_PER_PAGE + 1;
            answer = Message.of(String.format(ForumTexts.REPLY_SUCCEED, board.fid())).forward("forum.php?mod=viewthread"
                    + "&tid=" + thread.tid() + "&pid=" + post.pid() + "&page=" + page + "&extra=#pid" + post.pid())
                    .quickForward();
        }
        answer = answer.value("fid", board.fid()).value("tid", thread.tid()).value("pid", post.pid()).value("from", "")
                .value("sechash", "");
        if (post.pending()) {
            answer = answer.value("reply_mod", 1);
        }
        return answers.answer(visit, answer.succeeded().wrote());
    }

    private PageResponse replyForm(Visit visit, ForumThread thread) {
        var request = visit.request();
        Board board = data.board(thread.fid()).orElseThrow();
        int quoted = request.intParam("repquote");
        PostForms.Quote quote = PostForms.Quote.NONE;
        if (quoted > 0) {
            Optional<ForumPost> post = data.post(quoted).filter(p -> p.tid() == thread.tid() && p.visible());
            if (post.isPresent()) {
                String trim = QuoteText.block(post.get());
                quote = new PostForms.Quote(post.get().pid() + "|" + post.get().author().uid(),
                        trim.substring(0, trim.length() - 2), QuoteText.of(post.get().message()), quoted);
            }
        } else if (request.intParam("reppost") > 0) {
            int reppost = request.intParam("reppost");
            quote = new PostForms.Quote("", "", "", reppost);
        }
        if (request.ajax()) {
            String fragment = "<h3 class=\"flb\"><em id=\"return_reply\">\n参与/回复主题</em><span><a href=\"javascript:;\" "
                    + "class=\"flbc\" onclick=\"hideWindow('reply')\" title=\"关闭\">关闭</a></span></h3>\n"
                    + PostForms.reply(visit, board, thread, quote, true);
            return dev.fenghuang.demo.http.AjaxEnvelope.of(visit, 200, fragment);
        }
        String main = "<div id=\"ct\" class=\"ct2_a ct2_a_r wp cl\">\n<h1 class=\"mt\">参与/回复主题</h1>\n"
                + PostForms.reply(visit, board, thread, quote, false) + "</div>\n";
        return PageResponse.html(200, chrome.page(visit, ForumChrome.title("参与/回复主题 - " + board.name()),
                "forum_post", "", main));
    }

    private PageResponse newThread(Visit visit) {
        var request = visit.request();
        Optional<Board> found = data.board(request.intParam("fid")).filter(b -> !b.isCategory());
        if (found.isEmpty()) {
            return messages.error(visit, 200, ForumTexts.FORUM_MISSING);
        }
        Board board = found.get();
        if (!request.has("topicsubmit") && !request.post()) {
            return newThreadForm(visit, board);
        }
        return startThread(visit, board);
    }

    private PageResponse newThreadForm(Visit visit, Board board) {
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(ForumTexts.POST_LOGIN).needsLogin());
        }
        String main = "<div id=\"ct\" class=\"ct2_a ct2_a_r wp cl\">\n<h1 class=\"mt\">发表帖子</h1>\n"
                + PostForms.newThread(visit, board) + "</div>\n";
        return PageResponse.html(200, chrome.page(visit, ForumChrome.title("发表帖子 - " + board.name()), "forum_post",
                "", main));
    }

    private PageResponse startThread(Visit visit, Board board) {
        var request = visit.request();
        if (!SubmitCheck.passes(visit, "topicsubmit")) {
            return say(visit, ForumTexts.SUBMIT_INVALID);
        }
        if (captchaWrong(visit)) {
            return say(visit, MessageTexts.SECCODE_INVALID);
        }
        if (visit.member().guest()) {
            return say(visit, ForumTexts.POST_LOGIN);
        }
        String subject = request.param("subject").strip();
        String message = request.param("message");
        if (subject.isEmpty()) {
            return say(visit, ForumTexts.EMPTY);
        }
        Optional<Message> refused = checks(visit, subject, message, "");
        if (refused.isPresent()) {
            return answers.answer(visit, refused.get());
        }
        int typeid = board.type(request.intParam("typeid")) == null ? 0 : request.intParam("typeid");
        if (board.typeRequired() && typeid == 0) {
            return say(visit, ForumTexts.TYPE_MISSING);
        }
        long now = visit.site().now();
        boolean first = data.threads().stream().noneMatch(t -> t.author().uid() == visit.member().uid());
        ForumThread thread = data.start(board.fid(), typeid, subject, visit.member(), now, message, false);
        if (first) {
            thread.stamp();
        }
        Message answer;
        String forward = "forum.php?mod=viewthread&tid=" + thread.tid() + "&extra=";
        if (Censor.moderated(subject + message) && !ForumRights.administrator(visit)) {
            thread.state(ForumThread.PENDING, now);
            answer = Message.of(ForumTexts.THREAD_HELD).forward(forward);
        } else {
            answer = Message.of(String.format(ForumTexts.THREAD_SUCCEED, board.fid())).forward(forward).quickForward();
        }
        return answers.answer(visit, answer.value("fid", board.fid()).value("tid", thread.tid())
                .value("pid", thread.firstPost().pid()).value("coverimg", "").value("sechash", "").succeeded().wrote());
    }

    private PageResponse edit(Visit visit) {
        var request = visit.request();
        Optional<ForumPost> found = data.post(request.intParam("pid"));
        Optional<ForumThread> thread = found.flatMap(p -> data.thread(p.tid()));
        if (found.isEmpty() || thread.isEmpty()) {
            return messages.error(visit, 200, ForumTexts.POST_MISSING);
        }
        ForumPost post = found.get();
        Board board = data.board(thread.get().fid()).orElseThrow();
        if (visit.member().guest()) {
            return answers.answer(visit, Message.of(ForumTexts.TO_LOGIN).needsLogin());
        }
        if (!ForumRights.edits(visit, board, thread.get(), post)) {
            return answers.answer(visit, Message.of(ForumTexts.EDIT_DENIED));
        }
        int page = Math.max(1, request.intParam("page"));
        if (!request.has("editsubmit")) {
            String main = "<div id=\"ct\" class=\"ct2_a ct2_a_r wp cl\">\n<h1 class=\"mt\">编辑帖子</h1>\n"
                    + PostForms.edit(visit, board, thread.get(), post, page) + "</div>\n";
            return PageResponse.html(200, chrome.page(visit, ForumChrome.title("编辑帖子 - " + board.name()),
                    "forum_post", "", main));
        }
        if (!SubmitCheck.passes(visit, "editsubmit")) {
            return say(visit, ForumTexts.SUBMIT_INVALID);
        }
        return saveEdit(visit, board, thread.get(), post, page);
    }

    private PageResponse saveEdit(Visit visit, Board board, ForumThread thread, ForumPost post, int page) {
        var request = visit.request();
        long now = visit.site().now();
        String forward = "forum.php?mod=viewthread&tid=" + thread.tid() + "&page=" + page + "&extra=#pid" + post.pid();
        if (request.param("delete").equals("1") && !post.first()) {
            data.hide(thread, post, ForumPost.RECYCLED, now);
            return answers.answer(visit, Message.of(ForumTexts.EDIT_DELETED).forward("forum.php?mod=viewthread&tid="
                    + thread.tid()).quickForward().wrote());
        }
        String message = request.param("message");
        String subject = request.param("subject").strip();
        if (message.isBlank() || post.first() && subject.isEmpty()) {
            return say(visit, ForumTexts.EMPTY);
        }
        boolean admin = ForumRights.administrator(visit);
        if (ForumHtml.width(subject) > (admin ? MAX_SUBJECT_ADMIN : MAX_SUBJECT_WIDTH)) {
            return answers.answer(visit, lengths(ForumTexts.SUBJECT_TOO_LONG));
        }
        if (!admin && ForumHtml.bytes(message, visit.site().charset()) < MIN_BYTES) {
            return answers.answer(visit, lengths(ForumTexts.TOO_SHORT));
        }
        if (Censor.banned(subject + message)) {
            return say(visit, ForumTexts.WORD_BANNED);
        }
        String stored = !admin && now - post.dateline() > 60
                ? "[i=s] 本帖最后由 " + visit.member().name() + " 于 " + ForumTime.minutes(now) + " 编辑 [/i]\n\n" + message
                : message;
        post.edit(post.first() ? "" : subject, stored);
        if (post.first()) {
            thread.retitle(subject);
            int typeid = request.intParam("typeid");
            if (board.type(typeid) != null) {
                thread.move(thread.fid(), typeid);
            }
        }
        if (Censor.moderated(subject + message) && !admin && !post.first()) {
            data.hide(thread, post, ForumPost.PENDING, now);
            return answers.answer(visit, Message.of(ForumTexts.EDIT_HELD).forward("forum.php?mod=viewthread&tid="
                    + thread.tid()).succeeded().wrote());
        }
        return answers.answer(visit, Message.of(String.format(ForumTexts.EDIT_SUCCEED, board.fid())).forward(forward)
                .quickForward().wrote());
    }
}
