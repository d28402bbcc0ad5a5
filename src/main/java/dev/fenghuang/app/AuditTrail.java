package dev.fenghuang.app;

import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.QueueEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit log's two lines per decision: {@code sent} before the request leaves, the outcome after. Both are
 * written from what is known already (the moderator, the comments' texts), never after another request.
 */
final class AuditTrail {
    static final String SENT = "sent";
    static final String NOT_SENT = "not-sent";

    private final AuditLog log;
    private final String site;
    private final String moderator;
    private final Map<Long, QueueEntry> texts;
    private final Map<Long, String> reasons;

    /**
     * @param moderator who decides, known before anything is sent
     * @param texts the comments the decisions are about, as they were read before deciding
     * @param reasons the moderator's reasons by cid, kept before the site's words
     */
    AuditTrail(AuditLog log, String site, String moderator, Map<Long, QueueEntry> texts, Map<Long, String> reasons) {
        this.log = log;
        this.site = site;
        this.moderator = moderator;
        this.texts = texts;
        this.reasons = reasons;
    }

    /** The lines saying these decisions are leaving now; when they cannot be written, nothing may be sent. */
    void sent(Map<Long, Decision> decisions) throws IOException {
        String time = AuditLog.Entry.now();
        List<AuditLog.Entry> entries = new ArrayList<>();
        decisions.forEach((cid, d) -> entries.add(entry(time, cid, d, SENT, "")));
        log.append(entries);
    }

    /** What became of the decisions, with the site's words. */
    void outcome(BatchResult result) throws IOException {
        String time = AuditLog.Entry.now();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (DecisionOutcome o : result.outcomes()) {
            entries.add(entry(time, o.cid(), o.decision(), o.fate().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    result.siteMessage()));
        }
        log.append(entries);
    }

    /** The same decisions with one result for all (unknown after a failure, not-sent when the panel locked). */
    void outcome(Map<Long, Decision> decisions, String result, String detail) throws IOException {
        String time = AuditLog.Entry.now();
        List<AuditLog.Entry> entries = new ArrayList<>();
        decisions.forEach((cid, d) -> entries.add(entry(time, cid, d, result, detail)));
        log.append(entries);
    }

    /**
     * Writes the outcome of a request that failed and throws the request's error: a log failure rides along as a
     * suppressed exception, never in its place.
     */
    <E extends IOException> E failed(Map<Long, Decision> decisions, String result, E requestError) {
        try {
            outcome(decisions, result, Problem.of(requestError).message());
        } catch (IOException | RuntimeException logFailure) {
            requestError.addSuppressed(logFailure);
        }
        return requestError;
    }

    private AuditLog.Entry entry(String time, long cid, Decision d, String result, String siteWords) {
        QueueEntry e = texts.get(cid);
        return new AuditLog.Entry(time, moderator, site, cid, e == null ? 0 : e.aid(),
                d.name().toLowerCase(Locale.ROOT), e == null ? "" : e.text(), result,
                detail(reasons.get(cid), siteWords));
    }

    private static String detail(String reason, String siteMessage) {
        String said = siteMessage == null ? "" : siteMessage;
        if (reason == null || reason.isBlank()) {
            return said;
        }
        return said.isEmpty() ? reason.strip() : reason.strip() + " | " + said;
    }
}
