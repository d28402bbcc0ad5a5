package dev.fenghuang.tui.forum;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.app.forum.ReplyDraft;
import dev.fenghuang.app.forum.ThreadDraft;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.model.forum.ThreadForm;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.forum.ForumWrite;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forum tab's writes through the application: a reply is a kept draft before it is sent and is never sent twice
 * (the application looks for it on the thread first when an earlier attempt may have left); an edit is kept until the
 * site confirms it. The newest kept reply, edit or thread is handed back to go on with, and the editor's next
 * version replaces it rather than adding a copy. After a write the thread's cached pages are dropped, so the reply shows.
 */
final class ParticipationWrites implements ForumWrites {
    private final ForumParticipation participation;
    private final ForumReader reader;
    private final Texts texts;
    /** The draft each reply or edit being written is kept in (by thread, quoted and edited post), so a new version
     * replaces it. */
    private final Map<Draft, DraftStore.Draft> kept = new ConcurrentHashMap<>();
    /** The draft each board's thread being written is kept in, so a new version replaces it. */
    private final Map<Integer, DraftStore.Draft> threads = new ConcurrentHashMap<>();

    ParticipationWrites(ForumParticipation participation, ForumReader reader, Texts texts) {
        this.participation = participation;
        this.reader = reader;
        this.texts = texts;
    }

    /** What a text of this thread is kept under, whatever its words. */
    private static Draft slot(Draft draft) {
        return new Draft(draft.tid(), draft.quotedPid(), draft.editedPid(), "");
    }

    @Override
    public Optional<Kept<Draft>> keptReply(long tid, long quotedPid) throws IOException {
        List<DraftStore.Draft> all = participation.replyDrafts().list(tid);
        for (int i = all.size() - 1; i >= 0; i--) {
            ReplyDraft reply = ReplyDraft.decode(all.get(i).text());
            if (quotedPid == ANY_QUOTE || reply.quote() == quotedPid) {
                Draft draft = new Draft(tid, reply.quote(), 0, reply.text());
                kept.put(slot(draft), all.get(i));
                return Optional.of(new Kept<>(draft, all.size() - 1, all.get(i).inFlight()));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Kept<Draft>> keptEdit(long tid, long pid) throws IOException {
        List<DraftStore.Draft> all = participation.editDrafts().list(pid);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        DraftStore.Draft newest = all.get(all.size() - 1);
        Draft draft = new Draft(tid, 0, pid, newest.text());
        kept.put(slot(draft), newest);
        return Optional.of(new Kept<>(draft, all.size() - 1, false));
    }

    @Override
    public Optional<Kept<NewThread>> keptThread(int fid) throws IOException {
        List<DraftStore.Draft> all = participation.threadDrafts().list(fid);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        DraftStore.Draft newest = all.get(all.size() - 1);
        ThreadDraft thread = ThreadDraft.decode(newest.text());
        threads.put(fid, newest);
        return Optional.of(new Kept<>(new NewThread(fid, thread.subject(), thread.type(), thread.body()),
                all.size() - 1, newest.inFlight()));
    }

    /** Keeps a reply in the thread's reply drafts, an edit in the post's edit drafts; a new version replaces one. */
    @Override
    public void keep(Draft draft) throws IOException {
        DraftStore store = draft.edit() ? participation.editDrafts() : participation.replyDrafts();
        long key = draft.edit() ? draft.editedPid() : draft.tid();
        String text = draft.edit() ? draft.text() : new ReplyDraft(draft.quotedPid(), draft.text()).encode();
        DraftStore.Draft before = kept.get(slot(draft));
        kept.put(slot(draft), before == null ? store.save(key, text) : store.replace(before, text));
    }

    @Override
    public void drop(Draft draft) throws IOException {
        DraftStore.Draft before = kept.remove(slot(draft));
        if (before != null) {
            (draft.edit() ? participation.editDrafts() : participation.replyDrafts()).delete(before);
        }
    }

    @Override
    public void drop(NewThread thread) throws IOException {
        DraftStore.Draft before = threads.remove(thread.fid());
        if (before != null) {
            participation.threadDrafts().delete(before);
        }
    }

    @Override
    public Outcome send(Draft draft) throws Exception {
        return send(draft, null, false);
    }

    @Override
    public Outcome send(Draft draft, CaptchaAnswer captcha, boolean resend) throws Exception {
        keep(draft);
        DraftStore.Draft saved = kept.get(slot(draft));
        ForumWrite written;
        if (draft.edit()) {
            written = participation.sendEdit(draft.tid(), saved, null);
        } else {
            written = resend ? participation.resendReply(saved, captcha) : participation.sendReply(saved, captcha);
        }
        reader.invalidateThread(draft.tid());
        if (written.fid() > 0) {
            reader.invalidateBoard(written.fid());
        }
        return outcome(written);
    }

    @Override
    public dev.fenghuang.model.forum.PostSource source(long tid, long pid) throws IOException {
        return participation.source(tid, pid);
    }

    @Override
    public ThreadForm threadForm(int fid) throws IOException {
        return participation.threadForm(fid);
    }

    @Override
    public void keep(NewThread thread) throws IOException {
        String text = new ThreadDraft(thread.subject(), thread.type(), thread.body()).encode();
        DraftStore.Draft before = threads.get(thread.fid());
        threads.put(thread.fid(), before == null ? participation.threadDrafts().save(thread.fid(), text)
                : participation.threadDrafts().replace(before, text));
    }

    @Override
    public Outcome start(NewThread thread, CaptchaAnswer captcha, boolean resend) throws Exception {
        DraftStore.Draft saved = threads.get(thread.fid());
        if (saved == null) {
            keep(thread);
            saved = threads.get(thread.fid());
        }
        ForumWrite written = resend ? participation.resendThread(saved, captcha)
                : participation.sendThread(saved, captcha);
        if (written.accepted()) {
            threads.remove(thread.fid());
            reader.invalidateBoard(thread.fid());
        }
        return outcome(written);
    }

    /** The site's answer as the tab tells it: an outcome, or an exception in the site's words. */
    private static Outcome outcome(ForumWrite written) throws SiteRefused, CaptchaWanted, LoginWanted {
        PostResult result = written.result();
        if (result instanceof PostResult.Posted posted) {
            return new Outcome(posted.pending(), "", written.tid());
        }
        if (result instanceof PostResult.NeedsCaptcha wanted) {
            throw new CaptchaWanted(wanted.captcha(), wanted.message());
        }
        if (result instanceof PostResult.NeedsLogin login) {
            throw new LoginWanted(login.message());
        }
        throw new SiteRefused(((PostResult.Refused) result).message());
    }

    @Override
    public void sent(Draft draft) {
        kept.remove(slot(draft));
    }

    @Override
    public Outcome delete(long tid, long pid) throws Exception {
        ForumWrite written = participation.delete(tid, pid);
        reader.invalidateThread(tid);
        try {
            return outcome(written);
        } catch (LoginWanted wanted) {
            throw new SiteRefused(wanted.said());
        }
    }
}
