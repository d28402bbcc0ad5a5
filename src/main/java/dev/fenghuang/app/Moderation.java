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
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.site.DiscuzAdmin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's moderation API, shared by the CLI and the TUI: the admin panel's queue of pending comments,
 * decisions sent in one request per batch and confirmed by reading the queue again, and audit log lines for every
 * decision sent: one before the request leaves, one with what really happened. Decisions go out only about
 * comments the moderator saw in the queue (or, when asked, outside it, with their text read first). When the admin panel asks for the password again
 * ({@link AdminSessionExpired}) nothing of the request was done: {@link #unlock} and send the same batch again.
 */
public final class Moderation {
    private final DiscuzAdmin admin;
    private final Participation participation;
    private final AuditLog audit;
    private final String site;
    private final ProbeSource probe;
    private final java.time.Clock clock;
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
        this(admin, participation, audit, site, probe, java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** @param clock the site's local time, for the forum pages read when moderating there */
    public Moderation(DiscuzAdmin admin, Participation participation, AuditLog audit, String site,
                      ProbeSource probe, java.time.Clock clock) {
        this.clock = clock;
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
     * Sends decisions about comments listed under {@code filter} and tells, per comment, what happened. Only the
     * comments in {@code known} (what the moderator saw: the screen, or the queue just read) are sent; the others
     * come back {@code NOT_IN_QUEUE} and are not sent. Each decision sent is logged before the request leaves and
     * again with its outcome, also when the answer never came (as {@code unknown}).
     *
     * @param known the queue entries the decisions are about, for the log's copy of their text
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
        Map<Long, Decision> sendable = new LinkedHashMap<>();
        decisions.forEach((cid, d) -> {
            if (known.containsKey(cid)) {
                sendable.put(cid, d);
            }
        });
        BatchResult sent = sendable.isEmpty() ? new BatchResult(List.of(), "")
                : send(sendable, known, reasons, () -> admin.decide(new LinkedHashMap<>(sendable), filter));
        return withUnsent(decisions, sent, DecisionOutcome.Fate.NOT_IN_QUEUE);
    }

    /**
     * Reads the queue (both tabs, as many pages as needed) and decides only about the comments it holds now; the
     * others come back {@code NOT_IN_QUEUE}, unless {@code outsideQueue}: then each one's text is read from the site
     * (its edit dialog) for the log, and it is decided too; one the site will not show stays unsent and comes back
     * {@code NO_SUCH_COMMENT}. The edit dialog does not name the comment's article (3.6), so such a decision is
     * logged without one (aid absent).
     */
    public BatchResult decideInQueue(Map<Long, Decision> decisions, QueueFilter filter, boolean outsideQueue)
            throws IOException {
        Map<Long, QueueEntry> held = find(new ArrayList<>(decisions.keySet()), filter, Integer.MAX_VALUE);
        List<Long> unknown = new ArrayList<>();
        if (outsideQueue) {
            for (long cid : decisions.keySet()) {
                if (!held.containsKey(cid)) {
                    Optional<String> text = textOutsideQueue(cid);
                    text.ifPresent(t -> held.put(cid, new QueueEntry(cid, 0, "", null, null, t, List.of())));
                    if (text.isEmpty()) {
                        unknown.add(cid);
                    }
                }
            }
        }
        BatchResult result = decide(decisions, filter, held);
        if (unknown.isEmpty()) {
            return result;
        }
        List<DecisionOutcome> outcomes = result.outcomes().stream()
                .map(o -> unknown.contains(o.cid()) && o.fate() == DecisionOutcome.Fate.NOT_IN_QUEUE
                        ? new DecisionOutcome(o.cid(), o.decision(), DecisionOutcome.Fate.NO_SUCH_COMMENT) : o)
                .toList();
        return new BatchResult(outcomes, result.siteMessage());
    }

    private Optional<String> textOutsideQueue(long cid) throws IOException {
        try {
            return Optional.of(participation.commentText(cid));
        } catch (SiteRefused noSuchComment) {
            return Optional.empty();
        }
    }

    /** The request that carries the decisions, and the reading that confirms them. */
    @FunctionalInterface
    private interface Request {
        BatchResult send() throws IOException;
    }

    /**
     * Logs the decisions as sent, sends them, logs what became of them. Who decides is known before anything
     * leaves; a log that cannot be written stops the request, and never hides the request's own error.
     */
    private BatchResult send(Map<Long, Decision> decisions, Map<Long, QueueEntry> texts, Map<Long, String> reasons,
                             Request request) throws IOException {
        AuditTrail trail = new AuditTrail(audit, site, participation.whoami().name(), texts, reasons);
        trail.sent(decisions);
        BatchResult result;
        try {
            result = request.send();
        } catch (AdminSessionExpired nothingSent) {
            throw trail.failed(decisions, AuditTrail.NOT_SENT, nothingSent);
        } catch (IOException unknown) {
            throw trail.failed(decisions, "unknown", unknown);
        } finally {
            // the decided comments' articles show them (or not) now: read them again (aid 0: article unknown)
            decisions.keySet().stream().mapToLong(cid -> texts.containsKey(cid) ? texts.get(cid).aid() : 0)
                    .distinct().forEach(participation::forgetArticle);
        }
        trail.outcome(result);
        return result;
    }

    /** The outcomes in the order asked, those not sent with {@code unsent}. */
    private static BatchResult withUnsent(Map<Long, Decision> asked, BatchResult sent, DecisionOutcome.Fate unsent) {
        List<DecisionOutcome> outcomes = new ArrayList<>();
        asked.forEach((cid, d) -> outcomes.add(sent.of(cid).orElse(new DecisionOutcome(cid, d, unsent))));
        return new BatchResult(outcomes, sent.siteMessage());
    }

    /**
     * Looks for these comments in the queue (both tabs, up to {@code maxPages} pages of 100 each) to know what
     * they say; learns who is signed in on the way, so that deciding after this needs no other request first.
     */
    public Map<Long, QueueEntry> find(List<Long> cids, QueueFilter filter, int maxPages) throws IOException {
        participation.whoami();
        Map<Long, QueueEntry> found = new LinkedHashMap<>();
        QueueFilter look = filter.withPerPage(100).withCensor(false);
        for (QueueFilter tab : List.of(look.pendingTab(), look.ignoredTab())) {
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
     * decision is logged like the queue's. Only the hits given are deleted: what the moderator saw, never what
     * the search finds now.
     *
     * @param found the hits the decisions are about (for the log's copy of their text and article)
     */
    public BatchResult deleteFound(Map<Long, SearchHit> found, CommentQuery query) throws IOException {
        if (found.isEmpty()) {
            return new BatchResult(List.of(), "");
        }
        Map<Long, QueueEntry> known = new LinkedHashMap<>();
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        found.forEach((cid, h) -> {
            known.put(cid, new QueueEntry(h.cid(), h.aid(), h.articleTitle(), h.author(), h.time(), h.text(),
                    List.of()));
            decisions.put(cid, Decision.DELETE);
        });
        return send(decisions, known, Map.of(), () -> admin.deleteComments(found.keySet(), query));
    }

    /**
     * Deletes the comments with these ids among what the search finds now (as many pages as needed); ids it does
     * not find come back {@code NOT_FOUND} and are not sent.
     */
    public BatchResult deleteListed(List<Long> cids, CommentQuery query) throws IOException {
        participation.whoami();
        Map<Long, SearchHit> listed = new LinkedHashMap<>();
        CommentQuery look = query.withPerPage(100);
        for (int page = 1; listed.size() < cids.size(); page++) {
            SearchPage p = admin.searchComments(look, page);
            p.hits().stream().filter(h -> cids.contains(h.cid())).forEach(h -> listed.put(h.cid(), h));
            if (page >= p.pageCount() || p.hits().isEmpty()) {
                break;
            }
        }
        Map<Long, Decision> asked = new LinkedHashMap<>();
        cids.forEach(cid -> asked.put(cid, Decision.DELETE));
        return withUnsent(asked, deleteFound(listed, query), DecisionOutcome.Fate.NOT_FOUND);
    }

    /** Moderation of the forum: its queues, thread tools and front-end panel, logged in the same audit log. */
    public dev.fenghuang.app.forum.ForumModeration forum() {
        return new dev.fenghuang.app.forum.ForumModeration(admin, participation, audit, site, clock);
    }
}
