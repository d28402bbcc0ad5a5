package dev.fenghuang.tui.forum;

import java.io.IOException;

/**
 * How the forum tab takes part: a reply (quoting a floor or not) or an edit, kept as a draft before it is sent and
 * forgotten only once the site took it, so a text is never lost; and deleting one's own post. Runs off the UI thread.
 */
public interface ForumWrites {
    /**
     * A text to send.
     *
     * @param tid the thread
     * @param quotedPid the floor quoted, 0 for none
     * @param editedPid the post changed, 0 for a new reply
     * @param text what was written
     */
    record Draft(long tid, long quotedPid, long editedPid, String text) {
        public boolean edit() {
            return editedPid > 0;
        }
    }

    /**
     * What the site did with a text.
     *
     * @param pending whether the site holds it for moderation (待审核)
     * @param message the site's own words, "" for none
     * @param tid the thread a new thread made, 0 otherwise
     */
    record Outcome(boolean pending, String message, long tid) {
        public Outcome {
            message = message == null ? "" : message;
        }

        public Outcome(boolean pending, String message) {
            this(pending, message, 0);
        }
    }

    /**
     * A new thread for board {@code fid}.
     *
     * @param type the thread type (主题分类) by id, "" for none
     */
    record NewThread(int fid, String subject, String type, String body) {
    }

    /** {@link #keptReply}'s {@code quotedPid} for a reply quoting any floor or none. */
    long ANY_QUOTE = -1;

    /**
     * A text kept as a draft, to go on with.
     *
     * @param text the newest draft of its kind
     * @param more how many other drafts are kept beside it (none is dropped)
     * @param maybeSent whether an earlier request of it may have reached the site (it is looked for before it goes)
     */
    record Kept<T>(T text, int more, boolean maybeSent) {
    }

    /**
     * The newest reply kept for thread {@code tid} quoting {@code quotedPid} ({@link #ANY_QUOTE}: any), which the
     * next keep or send of that reply goes on in.
     */
    default java.util.Optional<Kept<Draft>> keptReply(long tid, long quotedPid) throws IOException {
        return java.util.Optional.empty();
    }

    /** The newest change kept for post {@code pid} of thread {@code tid}, which the next keep or send goes on in. */
    default java.util.Optional<Kept<Draft>> keptEdit(long tid, long pid) throws IOException {
        return java.util.Optional.empty();
    }

    /** The newest new thread kept for board {@code fid}, which the next keep or start goes on in. */
    default java.util.Optional<Kept<NewThread>> keptThread(int fid) throws IOException {
        return java.util.Optional.empty();
    }

    /** Forgets the draft kept for this reply or edit (its text is not looked at): the user emptied it and left. */
    default void drop(Draft draft) throws IOException {
    }

    /** Forgets the draft kept for this board's new thread: the user emptied it and left. */
    default void drop(NewThread thread) throws IOException {
    }

    /** Keeps the draft (replacing the thread's earlier one) where it survives the reader. */
    void keep(Draft draft) throws IOException;

    /** Sends the draft: a reply, a quote-reply, or an edit. A refusal throws with the site's words. */
    Outcome send(Draft draft) throws Exception;

    /**
     * Sends the draft with the answer to the captcha the site asked for ({@link CaptchaWanted}), null for none;
     * {@code resend} when the user chose to send a text that may be waiting for moderation
     * ({@link dev.fenghuang.app.forum.MaybeHeld}).
     */
    default Outcome send(Draft draft, dev.fenghuang.model.forum.CaptchaAnswer captcha, boolean resend)
            throws Exception {
        return send(draft);
    }

    /** What board {@code fid}'s new-thread form asks for: its types, and whether one is required. */
    default dev.fenghuang.model.forum.ThreadForm threadForm(int fid) throws Exception {
        throw new IOException("starting a thread is not connected");
    }

    /** Keeps a new thread as a draft of its board (replacing the one this thread kept before). */
    default void keep(NewThread thread) throws IOException {
        throw new IOException("starting a thread is not connected");
    }

    /** Sends a new thread kept with {@link #keep(NewThread)}; the outcome names the new thread. */
    default Outcome start(NewThread thread, dev.fenghuang.model.forum.CaptchaAnswer captcha, boolean resend)
            throws Exception {
        throw new IOException("starting a thread is not connected");
    }

    /**
     * What post {@code pid}'s edit form holds (its text as the author wrote it), where an edit starts from; a post the
     * site does not let this member change throws with the site's words.
     */
    default dev.fenghuang.model.forum.PostSource source(long tid, long pid) throws Exception {
        throw new IOException("editing is not connected");
    }

    /** Forgets the draft the site took. */
    void sent(Draft draft) throws IOException;

    /** Deletes one's own post {@code pid} of thread {@code tid}. */
    Outcome delete(long tid, long pid) throws Exception;

    /** The writes of a session: through its forum participation, with the reader's cache dropped after each. */
    static ForumWrites over(dev.fenghuang.app.forum.ForumParticipation participation,
                            dev.fenghuang.app.forum.ForumReader reader, dev.fenghuang.app.Texts texts) {
        return new ParticipationWrites(participation, reader, texts);
    }
}
