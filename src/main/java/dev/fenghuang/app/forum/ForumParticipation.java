package dev.fenghuang.app.forum;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Participation;
import dev.fenghuang.model.Member;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.model.forum.ThreadForm;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.model.forum.ThreadFavorites;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.site.forum.ForumWriter;
import dev.fenghuang.site.forum.SubjectLength;
import dev.fenghuang.site.forum.ThreadFavoriteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Taking part in the forum with the guarantees of comments ({@link Participation}): every reply, thread and edit is
 * a draft on disk before it is sent and goes only when the site confirms it; right before the request leaves the
 * draft is marked with the newest pid (or tid) the page showed, so after a kill or a lost answer the thread's
 * newest floors (the board's newest threads) are searched for the text before it is ever sent again. Flood
 * control comes back as {@code Refused} of kind TOO_FAST with {@code waittime}; {@link #waitSeconds} tells how long,
 * also after a refusal that took the site's flood lock all the same (a missing thread type, 7.34).
 */
public final class ForumParticipation {
    private final ForumWriter posts;
    private final ThreadFavoriteWriter favorites;
    private final DraftStore replies;
    private final DraftStore threads;
    private final DraftStore edits;
    private final Who who;
    private final SentPosts sent;

    /** Who is signed in, as the site says. */
    @FunctionalInterface
    public interface Who {
        Member whoami() throws IOException;
    }

    /**
     * @param drafts the account's drafts; replies, threads and edits are kept beside them as {@code thread-TID-…},
     *     {@code board-FID-…} and {@code post-PID-…}
     */
    private volatile ForumChanges changes = ForumChanges.NONE;

    public ForumParticipation(ForumWriter posts, ThreadFavoriteWriter favorites, DraftStore drafts, Who who) {
        this.posts = posts;
        this.favorites = favorites;
        this.replies = drafts.ofKind("thread");
        this.threads = drafts.ofKind("board");
        this.edits = drafts.ofKind("post");
        this.who = who;
        this.sent = new SentPosts(posts, who);
    }

    /** Who hears of each write that may have reached the site (the cache, to forget what it changed). */
    public void tellChanges(ForumChanges to) {
        changes = to;
    }

    /** Reply drafts by thread (their text: {@link ReplyDraft}). */
    public DraftStore replyDrafts() {
        return replies;
    }

    /** New-thread drafts by board (their text: {@link ThreadDraft}). */
    public DraftStore threadDrafts() {
        return threads;
    }

    /** Edit drafts by post. */
    public DraftStore editDrafts() {
        return edits;
    }

    private static void checkIntact(String... texts) {
        for (String t : texts) {
            if (t != null && t.indexOf('\uFFFD') >= 0) {
                throw new DamagedText();
            }
        }
    }

    /**
     * Keeps the reply as a new draft of the thread, then sends it ({@link #sendReply}).
     *
     * @throws DamagedText before anything is saved
     */
    public ForumWrite reply(long tid, long quotedPid, String text) throws IOException {
        checkIntact(text);
        return sendReply(replies.keep(tid, new ReplyDraft(quotedPid, text).encode()));
    }

    /**
     * Sends a kept reply draft. If an earlier request of it may have left (it is marked), the thread's newest floors
     * are searched first for a post of this member newer than the mark with its text; found, it is not sent again,
     * and not found it is not sent either ({@link MaybeHeld}: it may be waiting for moderation) until the user
     * chooses {@link #resendReply}.
     */
    public ForumWrite sendReply(DraftStore.Draft given) throws IOException {
        return sendReply(given, null);
    }

    /**
     * Sends a kept reply draft with the answer to the captcha the site asked for ({@code NeedsCaptcha}); null when
     * none was asked.
     */
    public ForumWrite sendReply(DraftStore.Draft given, CaptchaAnswer captcha) throws IOException {
        ForumWrite written = null;
        boolean left = true;
        try {
            written = sendReplyOnce(given, captcha);
            return written;
        } catch (IOException e) {
            left = !dev.fenghuang.app.Problem.notSentOffline(e);
            throw e;
        } finally {
            if (left) {
                changes.wrote(given.aid(), written == null ? 0 : written.fid());
            }
        }
    }

    private ForumWrite sendReplyOnce(DraftStore.Draft given, CaptchaAnswer captcha) throws IOException {
        DraftStore.Draft draft = replies.fresh(given);
        long tid = draft.aid();
        ReplyDraft reply = ReplyDraft.decode(draft.text());
        if (draft.inFlight()) {
            Optional<ForumWrite> arrived = sent.findReply(tid, reply.text(), draft.sentAfter().getAsLong());
            if (arrived.isPresent()) {
                return DraftOutcomes.confirmed(replies, draft, arrived.get());
            }
            throw new MaybeHeld(null); // a held reply is invisible even to its author: only the user may resend
        }
        long[] sentAfter = {-1};
        ForumWriter.BeforeSend mark = newest -> {
            replies.markSending(draft, newest);
            sentAfter[0] = newest;
        };
        ForumWrite written;
        try {
            written = reply.quote() > 0 ? posts.quoteReply(tid, reply.quote(), reply.text(), captcha, mark)
                    : posts.reply(tid, reply.text(), captcha, mark);
        } catch (IOException failure) {
            if (sentAfter[0] < 0) {
                throw failure; // it never left
            }
            return DraftOutcomes.afterFailure(replies, draft, () -> sent.findReply(tid, reply.text(), sentAfter[0]), failure);
        }
        return DraftOutcomes.settled(replies, draft, written, sentAfter[0], () -> sent.findReply(tid, reply.text(), sentAfter[0]));
    }

    /**
     * Keeps the new thread as a draft of the board, then sends it ({@link #sendThread}).
     *
     * @throws SubjectTooLong before anything is saved
     */
    public ForumWrite newThread(int fid, ThreadDraft thread) throws IOException {
        checkIntact(thread.subject(), thread.type(), thread.body());
        checkSubject(thread.subject());
        return sendThread(threads.keep(fid, thread.encode()));
    }

    /** Refuses a subject over the site's limit, counted as a UTF-8 site counts it (GBK counts the same for Chinese). */
    public static void checkSubject(String subject) {
        int units = SubjectLength.units(subject, StandardCharsets.UTF_8);
        if (units > SubjectLength.MAX) {
            throw new SubjectTooLong(units);
        }
    }

    /**
     * Sends a reply draft although an earlier attempt may have reached the site ({@link MaybeHeld}): the user chose
     * to, knowing a held copy may be waiting for moderation.
     */
    public ForumWrite resendReply(DraftStore.Draft given, CaptchaAnswer captcha) throws IOException {
        return sendReply(replies.clearSending(replies.fresh(given)), captcha);
    }

    /**
     * Sends a thread draft although an earlier attempt may have reached the site ({@link MaybeHeld}), as the user
     * chose.
     */
    public ForumWrite resendThread(DraftStore.Draft given, CaptchaAnswer captcha) throws IOException {
        return sendThread(threads.clearSending(threads.fresh(given)), captcha);
    }

    /**
     * Sends a kept thread draft; a marked one is first looked for among the board's newest threads, and not sent
     * again when it is not there ({@link MaybeHeld}).
     */
    public ForumWrite sendThread(DraftStore.Draft given) throws IOException {
        return sendThread(given, null);
    }

    /** Sends a kept thread draft with the answer to the captcha the site asked for; null when none was asked. */
    public ForumWrite sendThread(DraftStore.Draft given, CaptchaAnswer captcha) throws IOException {
        boolean left = true;
        try {
            return sendThreadOnce(given, captcha);
        } catch (IOException e) {
            left = !dev.fenghuang.app.Problem.notSentOffline(e);
            throw e;
        } finally {
            if (left) {
                changes.wrote(0, (int) given.aid()); // a new thread: its board's list and the index
            }
        }
    }

    private ForumWrite sendThreadOnce(DraftStore.Draft given, CaptchaAnswer captcha) throws IOException {
        DraftStore.Draft draft = threads.fresh(given);
        int fid = (int) draft.aid();
        ThreadDraft thread = ThreadDraft.decode(draft.text());
        if (draft.inFlight()) {
            Optional<ForumWrite> arrived = sent.findThread(fid, thread.subject(), draft.sentAfter().getAsLong());
            if (arrived.isPresent()) {
                return DraftOutcomes.confirmed(threads, draft, arrived.get());
            }
            throw new MaybeHeld(null); // a held thread is never on the board's list: only the user may resend
        }
        long newestTid;
        try {
            newestTid = posts.newestThreads(fid).threads().stream().mapToLong(ThreadRow::tid).max().orElse(0);
        } catch (SiteRefused refused) {
            return ForumWrite.of(new PostResult.Refused(refused.siteMessage()));
        }
        long[] sentAfter = {-1};
        ForumWrite written;
        try {
            written = posts.newThread(fid, new ForumWriter.ThreadText(thread.subject(), thread.body(), thread.type()),
                    captcha, newestTid, newest -> {
                threads.markSending(draft, newest);
                sentAfter[0] = newest;
            });
        } catch (IOException failure) {
            if (sentAfter[0] < 0) {
                throw failure;
            }
            return DraftOutcomes.afterFailure(threads, draft, () -> sent.findThread(fid, thread.subject(), sentAfter[0]), failure);
        }
        return DraftOutcomes.settled(threads, draft, written, sentAfter[0], () -> sent.findThread(fid, thread.subject(), sentAfter[0]));
    }

    /**
     * Replaces the text of one's own post; the new text is a draft of the post until the site confirms it. An edit
     * sent twice changes nothing, so it is not looked for first.
     *
     * @param tid the thread when known (a real site needs it), else 0
     * @param text the new text, or null to keep the one the edit form holds (a change of subject only)
     * @param subject the new subject, or null to keep it
     */
    public ForumWrite edit(long tid, long pid, String text, String subject) throws IOException {
        checkIntact(text, subject);
        if (text == null) {
            try {
                return posts.edit(tid, pid, null, subject); // nothing typed, so no draft to keep
            } finally {
                changes.wrote(tid, 0);
            }
        }
        return sendEdit(tid, edits.keep(pid, text), subject);
    }

    /**
     * Sends a kept edit draft (of the post it is kept for), forgotten once the site confirms it.
     *
     * @throws DamagedText before anything is sent
     */
    public ForumWrite sendEdit(long tid, DraftStore.Draft draft, String subject) throws IOException {
        checkIntact(draft.text(), subject);
        ForumWrite written;
        try {
            written = posts.edit(tid, draft.aid(), draft.text(), subject);
        } finally {
            changes.wrote(tid, 0);
        }
        if (written.accepted()) {
            edits.delete(draft);
            edits.deleteCopies(draft.aid(), draft.text());
        }
        return written;
    }

    /** What the post's edit form holds, where an edit starts (tid 0 when unknown); SiteRefused when it has none. */
    public dev.fenghuang.model.forum.PostSource source(long tid, long pid) throws IOException {
        return posts.source(tid, pid);
    }

    /**
     * Deletes one's own reply (4.6, the edit form with {@code delete=1}). Another member's post, or a thread the site
     * no longer lets one change, comes back {@code Refused} in the site's words and nothing is done.
     *
     * @param tid the thread when known (a real site needs it), else 0
     */
    public ForumWrite delete(long tid, long pid) throws IOException {
        try {
            return posts.delete(tid, pid);
        } finally {
            changes.wrote(tid, 0);
        }
    }

    /** What the board's new-thread form asks for: its thread types, and whether one is required. */
    public ThreadForm threadForm(int fid) throws IOException {
        return posts.threadForm(fid);
    }

    /** A thread's last page as this member sees it now, uncached: where a reply just sent shows. */
    public ThreadPage newestFloors(long tid) throws IOException {
        return posts.newestFloors(tid);
    }

    /** Adds a thread to the favourites. {@code Posted} carries the favid; a repeat is {@code Refused}. */
    public PostResult favorite(long tid) throws IOException {
        return favorites.favorite(tid);
    }

    /** One page of the thread favourites. */
    public ThreadFavorites favorites(int page) throws IOException {
        return favorites.list(page);
    }

    /**
     * Seconds to wait before the next post: the flood control's {@code waittime}, or the lock a refused attempt took
     * all the same ({@code floodctrl}, 7.34); 0 when the site asked no wait.
     */
    public static int waitSeconds(PostResult result) {
        if (!(result instanceof PostResult.Refused r)) {
            return 0;
        }
        String v = r.message().kind() == SiteMessage.Kind.TOO_FAST
                ? r.message().values().getOrDefault("waittime", "15") : r.message().values().getOrDefault("floodctrl", "");
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
