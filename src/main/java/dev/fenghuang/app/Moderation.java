package dev.fenghuang.app;

import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.site.DiscuzAdmin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application's moderation API, shared by the CLI and the TUI: the admin panel's queue of pending comments,
 * decisions sent in one request per batch and confirmed by reading the queue again, and an audit log line for every
 * decision sent, with what really happened. When the admin panel asks for the password again
 * ({@link AdminSessionExpired}) nothing of the request was done: {@link #unlock} and send the same batch again.
 */
public final class Moderation {
    private final DiscuzAdmin admin;
    private final Participation participation;
    private final AuditLog audit;
    private final String site;

    public Moderation(DiscuzAdmin admin, Participation participation, AuditLog audit, String site) {
        this.admin = admin;
        this.participation = participation;
        this.audit = audit;
        this.site = site;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Enters the password the admin panel asks for again; the array is the caller's to clear. */
    public PostResult unlock(char[] password, int questionId, String answer) throws IOException {
        return admin.reauthenticate(password, questionId, answer);
    }

    public QueuePage queue(QueueFilter filter, int page) throws IOException {
        return admin.queue(filter, page);
    }

    public int waiting() throws IOException {
        return admin.waitingComments();
    }

    /**
     * Sends decisions about comments listed under {@code filter} and tells, per comment, what happened. Every
     * decision sent is logged, also when the answer never came (as {@code unknown}).
     *
     * @param known the queue entries the decisions are about (for the log's copy of their text); may miss some
     */
    public BatchResult decide(Map<Long, Decision> decisions, QueueFilter filter, Map<Long, QueueEntry> known)
            throws IOException {
        if (decisions.isEmpty()) {
            return new BatchResult(List.of(), "");
        }
        BatchResult result;
        try {
            result = admin.decide(new LinkedHashMap<>(decisions), filter);
        } catch (AdminSessionExpired nothingSent) {
            throw nothingSent;
        } catch (IOException unknown) {
            List<DecisionOutcome> outcomes = new ArrayList<>();
            decisions.forEach((cid, d) -> outcomes.add(new DecisionOutcome(cid, d, DecisionOutcome.Fate.UNKNOWN)));
            record(new BatchResult(outcomes, ""), known, Problem.of(unknown).message());
            throw unknown;
        }
        record(result, known, result.siteMessage());
        return result;
    }

    private void record(BatchResult result, Map<Long, QueueEntry> known, String detail) throws IOException {
        String moderator = participation.whoami().name();
        String time = AuditLog.Entry.now();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (DecisionOutcome o : result.outcomes()) {
            QueueEntry e = known.get(o.cid());
            entries.add(new AuditLog.Entry(time, moderator, site, o.cid(), e == null ? 0 : e.aid(),
                    o.decision().name().toLowerCase(Locale.ROOT), e == null ? "" : e.text(),
                    o.fate().name().toLowerCase(Locale.ROOT).replace('_', '-'), detail == null ? "" : detail));
        }
        audit.append(entries);
    }

    /** Looks for these comments in the queue (both tabs, a bounded number of pages) to know what they say. */
    public Map<Long, QueueEntry> find(List<Long> cids, QueueFilter filter, int maxPages) throws IOException {
        Map<Long, QueueEntry> found = new LinkedHashMap<>();
        for (QueueFilter tab : List.of(filter.pendingTab(), filter.ignoredTab())) {
            for (int page = 1; page <= maxPages && found.size() < cids.size(); page++) {
                QueuePage p = admin.queue(tab, page);
                for (QueueEntry e : p.entries()) {
                    if (cids.contains(e.cid())) {
                        found.put(e.cid(), e);
                    }
                }
                if (page >= p.pageCount()) {
                    break;
                }
            }
        }
        return found;
    }
}
