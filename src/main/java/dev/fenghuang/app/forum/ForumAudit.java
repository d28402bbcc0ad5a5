package dev.fenghuang.app.forum;

import dev.fenghuang.app.AuditLog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log's two lines per forum decision, in the log of the comment decisions: {@code sent} before the request
 * leaves, the outcome after. A line's {@code cid} holds the id the decision names (the tid of a thread, the pid of
 * a post), its {@code action} says of what: {@code approve-thread}, {@code delete-reply}, {@code close-thread},
 * {@code ban-post} …; {@code aid} is null (no article). The text is the post's as it was read before deciding; the
 * detail the moderator's reason, then the site's words.
 */
final class ForumAudit {
    /** One decision about one thread or post. */
    /** One decision: {@code id} is the post's pid for a reply or post decision, else the thread's tid. */
    record Line(long id, String action, String text, String reason, long tid, int fid) {
        /** A line about thread {@code id} itself, or a post of a thread not named. */
        Line(long id, String action, String text, String reason) {
            this(id, action, text, reason, 0, 0);
        }

        boolean aboutPost() {
            return action.endsWith("-reply") || action.endsWith("-post");
        }
    }

    static final String SENT = "sent";
    static final String NOT_SENT = "not-sent";
    static final String UNKNOWN = "unknown";

    private final AuditLog log;
    private final String site;
    private final String moderator;

    ForumAudit(AuditLog log, String site, String moderator) {
        this.log = log;
        this.site = site;
        this.moderator = moderator;
    }

    /** The lines saying these decisions leave now; when they cannot be written, nothing may be sent. */
    void sent(List<Line> lines) throws IOException {
        write(lines, line -> SENT, "");
    }

    /** What became of each decision, by id, with the site's words. */
    void outcome(List<Line> lines, java.util.function.Function<Line, String> result, String siteWords)
            throws IOException {
        write(lines, result, siteWords);
    }

    /** Writes the outcome of a request that failed and gives back its error; a log failure rides along. */
    <E extends IOException> E failed(List<Line> lines, String result, E requestError) {
        try {
            write(lines, line -> result, requestError.getMessage() == null ? "" : requestError.getMessage());
        } catch (IOException logFailed) {
            requestError.addSuppressed(logFailed);
        }
        return requestError;
    }

    private void write(List<Line> lines, java.util.function.Function<Line, String> result, String siteWords)
            throws IOException {
        String time = AuditLog.Entry.now();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (Line l : lines) {
            long tid = l.aboutPost() ? l.tid() : l.id();
            entries.add(AuditLog.Entry.forum(time, moderator, site, tid, l.aboutPost() ? l.id() : 0, l.fid(),
                    l.action(), l.text(), result.apply(l), detail(l.reason(), siteWords)));
        }
        log.append(entries);
    }

    private static String detail(String reason, String siteWords) {
        String said = siteWords == null ? "" : siteWords.strip();
        if (reason == null || reason.isBlank()) {
            return said;
        }
        return said.isEmpty() ? reason.strip() : reason.strip() + " | " + said;
    }
}
