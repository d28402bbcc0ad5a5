package dev.fenghuang.tui.forum;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Texts;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.app.forum.ReplyDraft;
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
        ForumWrite written;
        if (draft.edit()) {
            written = participation.edit(draft.tid(), draft.editedPid(), draft.text(), null);
        } else {
            DraftStore.Draft saved = kept.get(draft);
            written = saved == null ? participation.reply(draft.tid(), draft.quotedPid(), draft.text())
                    : participation.sendReply(saved);
        }
        reader.invalidateThread(draft.tid());
        if (written.fid() > 0) {
            reader.invalidateBoard(written.fid());
        }
        return outcome(written);
    }

    /** The outcome of an accepted write; a refusal, a sign-in wanted or a captcha throws with the site's words. */
    private static Outcome outcome(ForumWrite written) throws SiteRefused {
        PostResult result = written.result();
        if (result instanceof PostResult.Posted posted) {
            return new Outcome(posted.pending(), "");
        }
        if (result instanceof PostResult.Refused refused) {
            throw new SiteRefused(refused.message());
        }
        if (result instanceof PostResult.NeedsLogin login) {
            throw new SiteRefused(login.message());
        }
        throw new SiteRefused(((PostResult.NeedsCaptcha) result).message());
    }

    @Override
    public void sent(Draft draft) {
        kept.remove(draft);
    }

    @Override
    public Outcome delete(long tid, long pid) throws IOException {
        ForumWrite written = participation.delete(tid, pid);
        reader.invalidateThread(tid);
        return outcome(written);
    }
}
