package dev.fenghuang.site.forum;

import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteMessage.Kind;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.MemberParser;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.site.write.CaptchaLoader;
import dev.fenghuang.site.write.FormData;
import dev.fenghuang.site.write.FormReader;
import dev.fenghuang.site.write.Outcomes;
import dev.fenghuang.site.write.SiteCalls;
import dev.fenghuang.site.write.WriteTexts;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes part in the forum (4.4–4.6 of the protocol reference) through the forms the site draws: the fast reply form
 * under a thread ({@code #fastpostform}), the quote popup ({@code repquote}), the full new-thread and edit forms
 * ({@code form#postform}, sent with {@code wysiwyg=0} so the text is BBCode). Every field of the form is sent back,
 * the text in the site charset, with {@code inajax=1} so the outcome is a handler call. A reply's floor is read back
 * through the site's {@code goto=findpost} jump; a post held for moderation is invisible even to its author (4.10),
 * so it is not looked for.
 *
 * <p>Before a request that carries text leaves, {@code beforeSend} is told the newest pid (replies) or tid (threads)
 * the page showed, so a caller can mark the draft and later look only among newer posts.
 */
public final class ForumWriter {
    /** The key of a delete refused here: the post is its thread's first, so deleting it is the thread tools' job. */
    public static final String FIRST_POST = "post_delete_first_post";
    private static final Logger log = LoggerFactory.getLogger(ForumWriter.class);

    private final SiteCalls calls;
    private final ForumUrls urls;
    private final Clock clock;
    private final PostCaptcha captcha;

    public ForumWriter(SiteCalls calls, CaptchaLoader captchas, Clock clock) {
        this.calls = calls;
        this.urls = new ForumUrls(calls.urls().base());
        this.clock = clock;
        this.captcha = new PostCaptcha(captchas);
    }

    /** Called once per request that carries a post, just before it leaves. */
    @FunctionalInterface
    public interface BeforeSend {
        /** @param newest the newest pid (replies) or tid (new threads) the page showed, 0 when none */
        void sending(long newest) throws IOException;
    }

    /**
     * Replies to a thread through its fast reply form, read from the thread's last page. The newest pid on that
     * page goes to {@code beforeSend}.
     */
    public ForumWrite reply(long tid, String text, BeforeSend beforeSend) throws IOException {
        return reply(tid, text, null, beforeSend);
    }

    /**
     * A reply with the answer to the captcha its form shows ({@code div#seccheck_fastpost}); a form with a captcha
     * and no answer is {@code NeedsCaptcha}, nothing sent.
     */
    public ForumWrite reply(long tid, String text, CaptchaAnswer answer, BeforeSend beforeSend) throws IOException {
        LastPage last = lastPage(tid);
        if (last.refusal() != null) {
            return ForumWrite.of(last.refusal());
        }
        Element fast = last.doc().getElementById("fastpostform");
        if (fast == null || fast.selectFirst("textarea[name=message]") == null) {
            return ForumWrite.of(noForm(last));
        }
        FormData form = FormReader.read(fast, last.url(), last.charset());
        SiteCharset.check(text, form.charset());
        PostCaptcha.Filled filled = captcha.fill(form.with("message", text), answer, "forum::viewthread");
        if (filled.wanted() != null) {
            return filled.wanted();
        }
        return send(filled.form(), "fastpost", last.newestPid(), beforeSend, true);
    }

    /**
     * Replies quoting a post: the site's quote popup ({@code repquote}) gives the {@code [quote]} and the notice
     * fields, which go back with the text; the server puts the quote above it.
     */
    public ForumWrite quoteReply(long tid, long quotedPid, String text, BeforeSend beforeSend) throws IOException {
        return quoteReply(tid, quotedPid, text, null, beforeSend);
    }

    /** A quote reply with the answer to the captcha the popup shows. */
    public ForumWrite quoteReply(long tid, long quotedPid, String text, CaptchaAnswer answer, BeforeSend beforeSend)
            throws IOException {
        LastPage last = lastPage(tid);
        if (last.refusal() != null) {
            return ForumWrite.of(last.refusal());
        }
        URI popup = urls.base().resolve("forum.php?mod=post&action=reply&fid=" + last.thread().fid() + "&tid=" + tid
                + "&repquote=" + quotedPid + "&extra=&page=1&infloat=yes&handlekey=reply&inajax=1");
        SiteCalls.Opened opened = calls.dialog(popup, last.url(), "postform");
        if (opened.refusal() != null) {
            return ForumWrite.of(opened.refusal());
        }
        FormData form = opened.form();
        if (form.get("noticetrimstr") == null || form.get("noticetrimstr").isEmpty()) {
            return ForumWrite.of(new PostResult.Refused(new SiteMessage("no post " + quotedPid + " to quote in thread "
                    + tid, Kind.NOT_FOUND)));
        }
        SiteCharset.check(text, form.charset());
        PostCaptcha.Filled filled = captcha.fill(form.with("message", text), answer, "forum::post");
        if (filled.wanted() != null) {
            return filled.wanted();
        }
        return send(filled.form(), "reply", last.newestPid(), beforeSend, true);
    }

    /**
     * Starts a thread through the board's full new-thread form.
     *
     * @param type the thread type (主题分类) by id or name as the form offers it; null or "" for none. A type the
     *     form does not offer is {@code Refused} of kind NOT_OFFERED before anything is sent (the site would drop it
     *     silently and, on a board that requires one, refuse after taking the flood lock)
     * @param newestTid the newest tid the caller saw on the board, told to {@code beforeSend}
     */
    public ForumWrite newThread(int fid, String subject, String text, String type, long newestTid,
                                BeforeSend beforeSend) throws IOException {
        return newThread(fid, new ThreadText(subject, text, type), null, newestTid, beforeSend);
    }

    /** The text of a new thread: its subject, body, and type by id or name (null or "" for none). */
    public record ThreadText(String subject, String body, String type) {
    }

    /** A new thread with the answer to the captcha its form shows. */
    public ForumWrite newThread(int fid, ThreadText thread, CaptchaAnswer answer, long newestTid,
                                BeforeSend beforeSend) throws IOException {
        String subject = thread.subject();
        String text = thread.body();
        URI url = urls.base().resolve("forum.php?mod=post&action=newthread&fid=" + fid);
        WebPage page = calls.page(url);
        Document doc;
        try {
            doc = PageGate.open(page, "form#postform", "new thread form");
        } catch (SiteRefused e) {
            return ForumWrite.of(refusal(e.siteMessage()));
        }
        if (MemberParser.uid(page.text()) == 0 && calls.holdsLogin()) {
            return ForumWrite.of(Outcomes.needsLogin());
        }
        FormData form = FormReader.read(doc.getElementById("postform"), page.url() != null ? page.url() : url,
                page.charset());
        if (!SubjectLength.fits(subject, form.charset())) {
            return ForumWrite.of(new PostResult.Refused(new SiteMessage(TOO_LONG_SUBJECT, Kind.OTHER,
                    java.util.Map.of("maxsubjectsize", String.valueOf(SubjectLength.MAX),
                            "length", String.valueOf(SubjectLength.units(subject, form.charset()))))));
        }
        ThreadTypes.Choice choice = ThreadTypes.choose(doc.selectFirst("select[name=typeid]"), thread.type());
        PostResult typeRefused = choice.refusal() != null ? choice.refusal()
                : choice.typeid() == null && ThreadTypes.required(doc)
                ? ThreadTypes.notChosen(doc.selectFirst("select[name=typeid]")) : null;
        if (typeRefused != null) {
            return ForumWrite.of(typeRefused); // nothing sent: no flood lock taken
        }
        form = (choice.typeid() != null ? form.with("typeid", choice.typeid()) : form).with("subject", subject).with("message", text).with("wysiwyg", "0");
        SiteCharset.check(subject + text, form.charset()); // before a captcha is asked for
        PostCaptcha.Filled filled = captcha.fill(form, answer, "forum::post");
        if (filled.wanted() != null) {
            return filled.wanted();
        }
        ForumWrite written = send(filled.form(), "fastnewpost", newestTid, beforeSend, false);
        if (written.accepted() && !written.pending()) {
            return written.withFloor(1); // its first post: 楼主
        }
        if (written.result() instanceof PostResult.Refused r && ThreadTypes.isMissing(r.message())) {
            return written.withResult(new PostResult.Refused(ThreadTypes.missing(r.message(), doc)));
        }
        return written;
    }

    /**
     * What the board's new-thread form asks for: the types it offers and whether one is required.
     *
     * @throws SiteRefused when the site answers with a message instead (no such board, sign in first)
     */
    public dev.fenghuang.model.forum.ThreadForm threadForm(int fid) throws IOException {
        URI url = urls.base().resolve("forum.php?mod=post&action=newthread&fid=" + fid);
        Document doc = PageGate.open(calls.page(url), "form#postform", "new thread form");
        return new dev.fenghuang.model.forum.ThreadForm(ThreadTypes.list(doc.selectFirst("select[name=typeid]")),
                ThreadTypes.required(doc));
    }

    /** The site's words (4.5) for a subject over {@code maxsubjectsize}, told before sending. */
    public static final String TOO_LONG_SUBJECT = "抱歉，您的标题超过最大字符限制，请缩短标题后再试";

    /**
     * What the post's edit form holds (4.6): its subject and its text as the author wrote it (BBCode), the start of
     * an edit that keeps what the page shows but a reader cannot type (a quote, an image, an attachment).
     *
     * @param tid the thread when known (a real site needs it), else 0
     * @throws SiteRefused in the site's words when it shows no edit form (another member's post, signed out)
     */
    public dev.fenghuang.model.forum.PostSource source(long tid, long pid) throws IOException {
        EditForm opened = editForm(tid, pid);
        if (opened.refusal() instanceof PostResult.Refused r) {
            throw new SiteRefused(r.message());
        }
        if (opened.refusal() instanceof PostResult.NeedsLogin login) {
            throw new SiteRefused(login.message());
        }
        return new dev.fenghuang.model.forum.PostSource(opened.form().get("subject"), opened.form().get("message"));
    }

    /**
     * Replaces the text of one's own post through its edit form (4.6).
     *
     * @param tid the thread when known (a real site needs it), else 0
     * @param text the new text, or null to send back the one the form holds
     * @param subject the new subject, or null to keep the one the form shows
     */
    public ForumWrite edit(long tid, long pid, String text, String subject) throws IOException {
        EditForm opened = editForm(tid, pid);
        if (opened.refusal() != null) {
            return ForumWrite.of(opened.refusal());
        }
        FormData form = opened.form();
        String message = text != null ? text : form.get("message") == null ? "" : form.get("message");
        SiteCharset.check(message, form.charset());
        form = form.with("message", message).with("wysiwyg", "0");
        if (subject != null) {
            SiteCharset.check(subject, form.charset());
            form = form.with("subject", subject);
        }
        ForumWrite written = ForumAnswers.of(calls.submit(form, "editpost"), form.action().toString());
        if (written.accepted()) {
            long thread = tid > 0 ? tid : Long.parseLong(orZero(form.get("tid")));
            return new ForumWrite(written.result(), (int) Long.parseLong(orZero(form.get("fid"))), thread, pid, 0);
        }
        return written;
    }

    /**
     * Deletes one's own reply through its edit form sent with {@code delete=1} (4.6); the site answers
     * {@code post_edit_delete_succeed} (主题删除成功), another member's post the edit page's refusal
     * (抱歉，您没有权限编辑他人发表的帖子), nothing sent then. The thread's first post (floor 1 on its
     * {@code findpost} page) is the thread itself: {@code Refused} as {@value #FIRST_POST} ({@code NOT_OFFERED},
     * not the site's word), nothing sent.
     *
     * @param tid the thread when known (a real site needs it), else 0
     */
    public ForumWrite delete(long tid, long pid) throws IOException {
        EditForm opened = editForm(tid, pid);
        if (opened.refusal() != null) {
            return ForumWrite.of(opened.refusal());
        }
        FormData form = opened.form().with("delete", "1").with("wysiwyg", "0");
        long thread = tid > 0 ? tid : Long.parseLong(orZero(form.get("tid")));
        int fid = (int) Long.parseLong(orZero(form.get("fid")));
        if (thread > 0 && floorOf(thread, pid) == 1) {
            // The reference does not say what delete=1 does to a first post: it is the thread, so nothing is sent.
            return new ForumWrite(new PostResult.Refused(new SiteMessage(FIRST_POST, Kind.NOT_OFFERED)), fid, thread,
                    pid, 1);
        }
        ForumWrite written = ForumAnswers.deleted(calls.submit(form, "editpost"), form.action().toString());
        return new ForumWrite(written.result(), fid, thread, pid, 0);
    }

    /** The edit form of a post (a full page), or the site's refusal to show it. */
    private EditForm editForm(long tid, long pid) throws IOException {
        URI url = urls.base().resolve("forum.php?mod=post&action=edit" + (tid > 0 ? "&tid=" + tid : "") + "&pid=" + pid
                + "&page=1");
        WebPage page = calls.page(url);
        Document doc;
        try {
            doc = PageGate.open(page, "form#postform", "edit form");
        } catch (SiteRefused e) {
            return new EditForm(null, refusal(e.siteMessage()));
        }
        return new EditForm(FormReader.read(doc.getElementById("postform"), page.url() != null ? page.url() : url,
                page.charset()), null);
    }

    private record EditForm(FormData form, PostResult refusal) {
    }

    private static String orZero(String digits) {
        return digits == null || !digits.matches("\\d{1,18}") ? "0" : digits;
    }

    private ForumWrite send(FormData form, String handlekey, long newest, BeforeSend beforeSend, boolean readFloor)
            throws IOException {
        SiteCharset.check(form.get("message"), form.charset());
        if (form.get("subject") != null) {
            SiteCharset.check(form.get("subject"), form.charset());
        }
        beforeSend.sending(newest);
        ForumWrite written = captcha.answered(ForumAnswers.of(calls.submit(form, handlekey), form.action().toString()),
                form);
        if (readFloor && written.accepted() && !written.pending() && written.pid() > 0) {
            return written.withFloor(floorOf(written.tid(), written.pid()));
        }
        return written;
    }

    /** The floor of a post as the page the site jumps to shows it; 0 when that page cannot be read. */
    private int floorOf(long tid, long pid) {
        try {
            WebPage page = calls.page(urls.findPost(tid, pid));
            ThreadPage thread = ThreadPageParser.parse(PageGate.open(page, "#postlist", "thread page"), clock);
            return thread.floors().stream().filter(f -> f.pid() == pid).mapToInt(Floor::number).findFirst().orElse(0);
        } catch (IOException e) {
            log.debug("post {} sent; reading its floor failed: {}", pid, e.getMessage());
            return 0;
        }
    }

    /**
     * A thread's last page with what a reply needs from it, or why there is nothing to reply to. Public so the
     * application can look for a reply among the newest floors after a failure.
     */
    public ThreadPage newestFloors(long tid) throws IOException {
        LastPage last = lastPage(tid);
        if (last.refusal() != null) {
            throw new SiteRefused(last.refusal() instanceof PostResult.Refused r ? r.message()
                    : ((PostResult.NeedsLogin) last.refusal()).message());
        }
        return last.thread();
    }

    /**
     * A board's newest threads (page 1, newest first by the time they were started), to learn the newest tid before
     * a new thread is sent and to look for it after a failure.
     *
     * @throws SiteRefused when the site answers with a message (no such board, no permission)
     */
    public dev.fenghuang.model.forum.BoardPage newestThreads(int fid) throws IOException {
        URI url = urls.board(BoardQuery.of(fid).withOrder(dev.fenghuang.model.forum.ThreadOrder.CREATED));
        return BoardPageParser.parse(PageGate.open(calls.page(url), "#threadlist, #threadlisttableid", "board page"),
                clock);
    }

    private LastPage lastPage(long tid) throws IOException {
        WebPage page = calls.page(urls.lastPost(tid));
        Document doc;
        try {
            doc = PageGate.open(page, "#postlist", "thread page");
        } catch (SiteRefused e) {
            return LastPage.refused(refusal(e.siteMessage()));
        }
        ThreadPage thread = ThreadPageParser.parse(doc, clock);
        long uid = MemberParser.uid(page.text());
        return new LastPage(page.url() != null ? page.url() : urls.lastPost(tid), page.charset(), doc, thread, uid,
                null);
    }

    /** A thread page without a reply box: a guest's page, a closed thread, or a session the site no longer knows. */
    private PostResult noForm(LastPage last) {
        if (last.uid() == 0) {
            return Outcomes.needsLogin();
        }
        Element notice = last.doc().selectFirst("#fastpostform div.pt.hm, #f_pst div.pt.hm");
        String text = notice != null && !notice.text().isBlank() ? notice.text().strip() : "抱歉，本主题已关闭，不再接受新内容";
        return new PostResult.Refused(new SiteMessage(text, Kind.CLOSED));
    }

    static PostResult refusal(SiteMessage m) {
        return WriteTexts.needsLogin(m) ? new PostResult.NeedsLogin(m) : new PostResult.Refused(m);
    }

    private record LastPage(URI url, java.nio.charset.Charset charset, Document doc, ThreadPage thread, long uid,
                            PostResult refusal) {
        static LastPage refused(PostResult refusal) {
            return new LastPage(null, null, null, null, 0, refusal);
        }

        long newestPid() {
            return thread.floors().stream().mapToLong(Floor::pid).max().orElse(0);
        }
    }
}
