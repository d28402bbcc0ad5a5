package dev.fenghuang.app;

import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Capabilities;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import dev.fenghuang.site.DiscuzAdmin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private final ProbeSource probe;
    private final Map<String, Capabilities> capabilities = new ConcurrentHashMap<>();

    /** Where the capability probe finds an article with comments; 0 for none (the front end is not probed). */
    @FunctionalInterface
    public interface ProbeSource {
        long aid() throws IOException;
    }

    public Moderation(DiscuzAdmin admin, Participation participation, AuditLog audit, String site) {
        this(admin, participation, audit, site, () -> 0);
    }

    public Moderation(DiscuzAdmin admin, Participation participation, AuditLog audit, String site,
                      ProbeSource probe) {
        this.admin = admin;
        this.participation = participation;
        this.audit = audit;
        this.site = site;
        this.probe = probe;
    }

    /**
     * Probes the article and the admin panel once per signed-in member and session; after that it costs one
     * request (who is signed in). A guest may do nothing.
     */
    public Capabilities capabilities() throws IOException {
        var member = participation.whoami();
        if (member.isGuest()) {
            return Capabilities.NONE;
        }
        Capabilities known = capabilities.get(member.name());
        if (known != null) {
            return known;
        }
        Capabilities found = admin.capabilities(probe.aid());
        capabilities.put(member.name(), found);
        return found;
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
        return decide(decisions, filter, known, Map.of());
    }

    /**
     * The same, with the moderator's reasons for some decisions (by cid), kept in the audit log's detail before
     * the site's message.
     */
    public BatchResult decide(Map<Long, Decision> decisions, QueueFilter filter, Map<Long, QueueEntry> known,
                              Map<Long, String> reasons) throws IOException {
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
            record(new BatchResult(outcomes, ""), known, reasons, Problem.of(unknown).message());
            throw unknown;
        }
        record(result, known, reasons, result.siteMessage());
        return result;
    }

    private void record(BatchResult result, Map<Long, QueueEntry> known, Map<Long, String> reasons, String detail)
            throws IOException {
        String moderator = participation.whoami().name();
        String time = AuditLog.Entry.now();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (DecisionOutcome o : result.outcomes()) {
            QueueEntry e = known.get(o.cid());
            entries.add(new AuditLog.Entry(time, moderator, site, o.cid(), e == null ? 0 : e.aid(),
                    o.decision().name().toLowerCase(Locale.ROOT), e == null ? "" : e.text(),
                    o.fate().name().toLowerCase(Locale.ROOT).replace('_', '-'), detail(reasons.get(o.cid()), detail)));
        }
        audit.append(entries);
    }

    private static String detail(String reason, String siteMessage) {
        String said = siteMessage == null ? "" : siteMessage;
        if (reason == null || reason.isBlank()) {
            return said;
        }
        return said.isEmpty() ? reason.strip() : reason.strip() + " | " + said;
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

    /** One page of the portal's comments that match (the admin panel's comment search), newest first. */
    public SearchPage search(CommentQuery query, int page) throws IOException {
        return admin.searchComments(query, page);
    }

    /**
     * Deletes comments found by a search in one request, then searches again to tell what happened; every
     * decision is logged like the queue's.
     *
     * @param found the hits the decisions are about (for the log's copy of their text and article)
     */
    public BatchResult deleteFound(Map<Long, SearchHit> found, CommentQuery query) throws IOException {
        if (found.isEmpty()) {
            return new BatchResult(List.of(), "");
        }
        Map<Long, QueueEntry> known = new LinkedHashMap<>();
        found.forEach((cid, h) -> known.put(cid, new QueueEntry(h.cid(), h.aid(), h.articleTitle(), h.author(),
                h.time(), h.text(), List.of())));
        BatchResult result;
        try {
            result = admin.deleteComments(found.keySet(), query);
        } catch (AdminSessionExpired nothingSent) {
            throw nothingSent;
        } catch (IOException unknown) {
            List<DecisionOutcome> outcomes = new ArrayList<>();
            found.keySet().forEach(cid -> outcomes.add(new DecisionOutcome(cid, Decision.DELETE,
                    DecisionOutcome.Fate.UNKNOWN)));
            record(new BatchResult(outcomes, ""), known, Map.of(), Problem.of(unknown).message());
            throw unknown;
        }
        record(result, known, Map.of(), result.siteMessage());
        return result;
    }
}
