package dev.fenghuang.model.forum;

import dev.fenghuang.model.Person;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A thread or reply held for moderation, as a queue lists it (the admin panel's 审核新主题 / 审核新回复, or the
 * front-end panel's 审核主题 / 审核回复).
 *
 * @param kind a held thread or a held reply
 * @param tid the thread (for a held thread, itself)
 * @param pid the post: the reply, or the thread's first post; 0 when the queue does not say
 * @param fid the board
 * @param board the board's name, "" when not shown
 * @param subject the thread's subject (for a reply, the subject of the thread it answers)
 * @param author who posted it
 * @param time when it was posted, site local time; null if not shown
 * @param text the message as plain lines
 * @param censorWords the censor words the queue marked in it, if asked to
 */
public record HeldPost(HeldKind kind, long tid, long pid, int fid, String board, String subject, Person author,
                       LocalDateTime time, String text, List<String> censorWords) {
    public HeldPost {
        board = board == null ? "" : board;
        subject = subject == null ? "" : subject;
        author = author == null ? Person.GUEST : author;
        text = text == null ? "" : text;
        censorWords = List.copyOf(censorWords);
    }

    /** The id a decision names: the tid of a held thread, the pid of a held reply. */
    public long id() {
        return kind == HeldKind.THREAD ? tid : pid;
    }
}
