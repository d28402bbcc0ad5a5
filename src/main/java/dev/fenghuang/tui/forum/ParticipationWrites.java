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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forum tab's writes through the application: a reply is a kept draft before it is sent and is never sent twice
 * (the application looks for it on the thread first when an earlier attempt may have left); an edit is kept until the
 * site confirms it. After a write the thread's cached pages are dropped, so the reply shows.
 */
final class ParticipationWrites implements ForumWrites {
    private final ForumParticipation participation;
    private final ForumReader reader;
    private final Texts texts;
    private final Map<Draft, DraftStore.Draft> kept = new ConcurrentHashMap<>();
    /** The draft each board's thread being written is kept in, so a new version replaces it. */
    private final Map<Integer, DraftStore.Draft> threads = new ConcurrentHashMap<>();

    ParticipationWrites(ForumParticipation participation, ForumReader reader, Texts texts) {
        this.participation = participation;
        this.reader = reader;
        this.texts = texts;
    }

    @Override
    public void keep(Draft draft) throws IOException {
        if (!draft.edit() && !kept.containsKey(draft)) {
            kept.put(draft, participation.replyDrafts().save(draft.tid(),
                    new ReplyDraft(draft.quotedPid(), draft.text()).encode()));
        }
    }

    @Override
    public Outcome send(Draft draft) throws Exception {
        return send(draft, null, false);
    }

    @Override
    public Outcome send(Draft draft, CaptchaAnswer captcha, boolean resend) throws Exception {
        ForumWrite written;
        if (draft.edit()) {
            written = participation.edit(draft.tid(), draft.editedPid(), draft.text(), null);
        } else {
            DraftStore.Draft saved = kept.get(draft);
            if (saved == null) {
                saved = participation.replyDrafts().save(draft.tid(),
                        new ReplyDraft(draft.quotedPid(), draft.text()).encode());
                kept.put(draft, saved);
            }
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
    private static Outcome outcome(ForumWrite written) throws SiteRefused, CaptchaWanted {
        PostResult result = written.result();
        if (result instanceof PostResult.Posted posted) {
            return new Outcome(posted.pending(), "", written.tid());
        }
        if (result instanceof PostResult.NeedsCaptcha wanted) {
            throw new CaptchaWanted(wanted.captcha(), wanted.message());
        }
        if (result instanceof PostResult.NeedsLogin login) {
            throw new SiteRefused(login.message());
        }
        throw new SiteRefused(((PostResult.Refused) result).message());
    }

    @Override
    public void sent(Draft draft) {
        kept.remove(draft);
    }

    @Override
    public Outcome delete(long tid, long pid) throws Exception {
        ForumWrite written = participation.delete(tid, pid);
        reader.invalidateThread(tid);
        return outcome(written);
    }
}
