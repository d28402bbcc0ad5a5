package dev.fenghuang.app.forum;

import dev.fenghuang.app.AuditLog;
import dev.fenghuang.app.Participation;
import dev.fenghuang.model.AdminSessionExpired;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.DecisionOutcome;
import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.site.DiscuzAdmin;
import dev.fenghuang.site.admin.ForumQueue;
import dev.fenghuang.site.forum.TopicAdmin;
import dev.fenghuang.site.forum.ModeratorPanel;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.PanelPasswordWanted;
import dev.fenghuang.model.forum.LevelNotOffered;
import dev.fenghuang.model.forum.SeenThread;
import dev.fenghuang.model.forum.ThreadChanged;
import dev.fenghuang.model.forum.ThreadTool;
import dev.fenghuang.model.forum.ToolResult;
import java.time.Clock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forum's moderation for the CLI and the TUI: the admin panel's queues of held threads and replies (5.7), with
 * decisions sent only about items the queue holds, in one request per batch, confirmed by reading the queue again,
 * and two audit lines per decision (before the request leaves, and with what really happened). When the admin panel
 * asks for its password again ({@link AdminSessionExpired}) nothing was done: unlock it as for comments and repeat.
 */
public final class ForumModeration {
    /** The audit action of deleting a thread's first post, and so the thread. */
    public static final String DELETE_THREAD = "delete-thread";

    private final DiscuzAdmin admin;
    private final ForumQueue queue;
    private final Participation participation;
    private final AuditLog audit;
    private final String site;
    private final TopicAdmin tools;
    private final ModeratorPanel panel;

    public ForumModeration(DiscuzAdmin admin, Participation participation, AuditLog audit, String site, Clock clock) {
        this.admin = admin;
        this.tools = new TopicAdmin(java.net.URI.create(site), admin.connection(), clock);
        this.panel = new ModeratorPanel(java.net.URI.create(site), admin.connection());
        this.queue = admin.forumQueue();
        this.participation = participation;
        this.audit = audit;
        this.site = site;
    }

    /** One page of a queue, newest first. */
    public HeldPage queue(HeldFilter filter, int page) throws IOException {
        return queue.page(filter, page);
    }

    /**
     * Looks for these ids in the queue of {@code kind} (both tabs, up to {@code maxPages} pages of 100 each), to
     * know what they say before deciding; learns who is signed in on the way.
     *
     * @return the items found, the waiting tab's first, then the ignored tab's
     */
    public Listed find(HeldKind kind, List<Long> ids, int maxPages) throws IOException {
        participation.whoami();
        Map<Long, HeldPost> waiting = new LinkedHashMap<>();
        Map<Long, HeldPost> ignored = new LinkedHashMap<>();
        HeldFilter look = HeldFilter.waiting(kind).withPerPage(100).withCensor(false);
        for (HeldFilter tab : List.of(look, look.ignoredTab())) {
            Map<Long, HeldPost> into = tab.ignored() ? ignored : waiting;
            for (int page = 1; page <= maxPages && waiting.size() + ignored.size() < ids.size(); page++) {
                HeldPage p = queue.page(tab, page);
                p.entries().stream().filter(e -> ids.contains(e.id()) && !waiting.containsKey(e.id()))
                        .forEach(e -> into.putIfAbsent(e.id(), e));
                if (page >= p.pageCount() || p.entries().isEmpty()) {
                    break;
                }
            }
        }
        return new Listed(waiting, ignored);
    }

    /**
     * The items of a queue that were found, by tab.
     *
     * @param waiting those listed as waiting (未审核)
     * @param ignored those listed under the ignored tab (已忽略)
     */
    public record Listed(Map<Long, HeldPost> waiting, Map<Long, HeldPost> ignored) {
        public Listed {
            waiting = Map.copyOf(waiting);
            ignored = Map.copyOf(ignored);
        }
    }

    /** {@link #decideInQueue(HeldKind, Map, Map, Map)} about items named by id, none shown. */
    public BatchResult decideInQueue(HeldKind kind, Map<Long, Decision> decisions, Map<Long, String> reasons)
            throws IOException {
        return decideInQueue(kind, decisions, reasons, Map.of());
    }

    /**
     * Reads the queue of {@code kind} and decides only about the items it holds now (those under the ignored tab
     * are decided there); the others come back {@code NOT_IN_QUEUE} and are not sent, and those whose text is not
     * the text shown come back {@code CHANGED} and are not sent either.
     *
     * @param reasons the moderator's reasons by id, sent to the site ({@code pm_ID}) and kept in the log
     * @param shown the text of each item as the moderator was shown it, by id; an id not here is not compared
     */
    public BatchResult decideInQueue(HeldKind kind, Map<Long, Decision> decisions, Map<Long, String> reasons,
                                     Map<Long, String> shown) throws IOException {
        Listed held = find(kind, new ArrayList<>(decisions.keySet()), Integer.MAX_VALUE);
        HeldFilter waiting = HeldFilter.waiting(kind);
        List<DecisionOutcome> outcomes = new ArrayList<>();
        String said = "";
        for (Map<Long, HeldPost> listed : List.of(held.waiting(), held.ignored())) {
            Map<Long, HeldPost> tab = unchanged(listed, decisions, shown, outcomes);
            BatchResult r = decide(decisions, listed == held.waiting() ? waiting : waiting.ignoredTab(), tab,
                    reasons);
            r.outcomes().stream().filter(o -> o.fate() != DecisionOutcome.Fate.NOT_IN_QUEUE).forEach(outcomes::add);
            said = said.isEmpty() ? r.siteMessage() : said;
        }
        List<DecisionOutcome> ordered = new ArrayList<>();
        decisions.forEach((id, d) -> ordered.add(outcomes.stream().filter(o -> o.cid() == id).findFirst()
                .orElse(new DecisionOutcome(id, d, DecisionOutcome.Fate.NOT_IN_QUEUE))));
        return new BatchResult(ordered, said);
    }

    /**
     * The items found whose text is still the text shown; each of the others gets a {@code CHANGED} outcome in
     * {@code changed} and is not sent.
     */
    private static Map<Long, HeldPost> unchanged(Map<Long, HeldPost> found, Map<Long, Decision> decisions,
                                                 Map<Long, String> shown, List<DecisionOutcome> changed) {
        Map<Long, HeldPost> same = new LinkedHashMap<>();
        found.forEach((id, post) -> {
            String seen = shown.get(id);
            if (seen == null || seen.equals(post.text())) {
                same.put(id, post);
            } else if (decisions.containsKey(id)) {
                changed.add(new DecisionOutcome(id, decisions.get(id), DecisionOutcome.Fate.CHANGED));
            }
        });
        return same;
    }

    /**
     * Sends decisions about items listed under {@code filter} that the moderator saw ({@code known}: the screen, or
     * the queue just read), in one request; the others come back {@code NOT_IN_QUEUE} and are not sent.
     */
    public BatchResult decide(Map<Long, Decision> decisions, HeldFilter filter, Map<Long, HeldPost> known,
                              Map<Long, String> reasons) throws IOException {
        Map<Long, Decision> batch = new LinkedHashMap<>();
        decisions.forEach((id, d) -> {
            if (known.containsKey(id)) {
                batch.put(id, d);
            }
        });
        BatchResult sent = batch.isEmpty() ? new BatchResult(List.of(), "")
                : send(filter.kind(), batch, known, reasons, filter);
        List<DecisionOutcome> ordered = new ArrayList<>();
        decisions.forEach((id, d) -> ordered.add(sent.of(id)
                .orElse(new DecisionOutcome(id, d, DecisionOutcome.Fate.NOT_IN_QUEUE))));
        return new BatchResult(ordered, sent.siteMessage());
    }

    private BatchResult send(HeldKind kind, Map<Long, Decision> batch, Map<Long, HeldPost> known,
                             Map<Long, String> reasons, HeldFilter filter) throws IOException {
        ForumAudit trail = new ForumAudit(audit, site, participation.whoami().name());
        List<ForumAudit.Line> lines = new ArrayList<>();
        batch.forEach((id, d) -> lines.add(line(id, action(d, kind), known.get(id), reasons.get(id))));
        trail.sent(lines);
        BatchResult result;
        try {
            result = queue.decide(batch, filter, reasons);
        } catch (AdminSessionExpired nothingSent) {
            throw trail.failed(lines, ForumAudit.NOT_SENT, nothingSent);
        } catch (IOException unknown) {
            throw trail.failed(lines, ForumAudit.UNKNOWN, unknown);
        } finally {
            forgetPagesOf(lines);
        }
        trail.outcome(lines, line -> result.of(line.id()).map(o -> fate(o.fate())).orElse(ForumAudit.UNKNOWN),
                result.siteMessage());
        return result;
    }

    /** The audit line of a decision about a held thread or reply: its thread and board ride along. */
    private static ForumAudit.Line line(long id, String action, HeldPost post, String reason) {
        return new ForumAudit.Line(id, action, post.text(), reason, post.tid(), post.fid());
    }

    static String action(Decision d, HeldKind kind) {
        return d.name().toLowerCase(Locale.ROOT) + "-" + kind.name().toLowerCase(Locale.ROOT);
    }

    static String fate(DecisionOutcome.Fate fate) {
        return fate.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }


    /** {@link #threadTool(long, ThreadTool, String, SeenThread)} for targets named by id, nothing shown. */
    public ToolResult threadTool(long tid, ThreadTool tool, String reason) throws IOException {
        return threadTool(tid, tool, reason, SeenThread.nothing());
    }

    /**
     * Uses a thread tool (5.8) on a thread of a board the account moderates, with the reason (may be empty). The
     * thread (and each post of a post tool) is read first: posts the thread does not hold come back
     * {@code NOT_FOUND} and are not sent; what was sent is logged before the request and with what the pages show
     * afterwards. Deleting the first post deletes the thread: it is logged as {@code delete-thread} with the count
     * of replies that go with it. The site's refusal ({@link dev.fenghuang.model.SiteRefused}: no right here, a
     * reason wanted) means nothing was done; it is logged as {@code not-applied}; a level the tools do not offer
     * ({@link LevelNotOffered}) is not sent and logged as {@code not-sent}.
     *
     * @param seen what the moderator was shown
     * @throws ThreadChanged the thread is not what was shown (nothing sent, nothing logged)
     */
    public ToolResult threadTool(long tid, ThreadTool tool, String reason, SeenThread seen) throws IOException {
        String why = reason == null ? "" : reason.strip();
        TopicAdmin.Targets targets = tools.look(tid, tool);
        TopicAdmin.check(targets, tool, seen);
        List<ForumAudit.Line> lines = lines(targets, tool, why);
        ForumAudit trail = new ForumAudit(audit, site, participation.whoami().name());
        if (lines.isEmpty()) {
            return tools.apply(targets, tool, why);
        }
        trail.sent(lines);
        ToolResult result;
        try {
            result = tools.apply(targets, tool, why);
        } catch (LevelNotOffered notSent) {
            throw trail.failed(lines, ForumAudit.NOT_SENT, notSent);
        } catch (dev.fenghuang.model.SiteRefused refused) {
            throw trail.failed(lines, fate(DecisionOutcome.Fate.NOT_APPLIED), refused);
        } catch (IOException unknown) {
            throw trail.failed(lines, ForumAudit.UNKNOWN, unknown);
        } finally {
            forgetPagesOf(lines);
            if (tool instanceof ThreadTool.Move move) {
                participation.forgetForumPages(tid, move.fid());
            }
        }
        Map<Long, DecisionOutcome.Fate> fates = new LinkedHashMap<>();
        result.outcomes().forEach(o -> fates.put(o.id(), o.fate()));
        long first = targets.firstPid();
        trail.outcome(lines, line -> fate(fates.getOrDefault(line.action().equals(DELETE_THREAD) ? first : line.id(),
                DecisionOutcome.Fate.UNKNOWN)), result.siteMessage());
        return result;
    }

    /**
     * The pages a decision or a tool may have changed are read again, in memory and in the store, whatever became
     * of the request: its thread, its board's list and the forum index (0: not known, so every one).
     */
    private void forgetPagesOf(List<ForumAudit.Line> lines) {
        lines.stream().map(l -> java.util.Map.entry(l.tid(), l.fid())).distinct()
                .forEach(e -> participation.forgetForumPages(e.getKey(), e.getValue()));
    }

    /** One line per post of a post tool (the first post's deletion about the thread), else one about the thread. */
    private static List<ForumAudit.Line> lines(TopicAdmin.Targets targets, ThreadTool tool, String why) {
        List<ForumAudit.Line> lines = new ArrayList<>();
        long tid = targets.thread().tid();
        int fid = targets.thread().fid();
        if (tool instanceof ThreadTool.DeletePosts || tool instanceof ThreadTool.BanPosts) {
            boolean wholeThread = targets.deletesThread(tool);
            targets.posts().forEach((pid, text) -> {
                if (wholeThread && pid == targets.firstPid()) {
                    long n = targets.thread().replies();
                    String replies = "with " + n + (n == 1 ? " reply" : " replies");
                    lines.add(new ForumAudit.Line(tid, DELETE_THREAD, text,
                            why.isEmpty() ? replies : replies + " | " + why, tid, fid));
                } else {
                    lines.add(new ForumAudit.Line(pid, tool.action(), text, why, tid, fid));
                }
            });
        } else {
            lines.add(new ForumAudit.Line(tid, tool.action(), targets.thread().subject(), why, tid, fid));
        }
        return lines;
    }

    /**
     * One page of a queue of the front-end moderation panel (5.9), for moderators without the admin panel: the
     * boards the account moderates ({@code fid} 0 for all), 10 a page. The panel asking for the password throws
     * {@link PanelPasswordWanted}: {@link #unlockPanel} and repeat.
     */
    public HeldPage panelQueue(HeldKind kind, boolean ignored, int fid, int page) throws IOException {
        return panel.queue(kind, ignored, fid, page);
    }

    /** Enters the account's password the panel asks for; the array is the caller's to clear. */
    public PostResult unlockPanel(char[] password) throws IOException {
        return panel.unlock(password);
    }

    /**
     * Reads the panel's queue of {@code kind} (both tabs) and decides only about the items it holds, one popup per
     * decision and tab, with the reason; the others come back {@code NOT_IN_QUEUE} and are not sent. Each decision
     * sent is logged before and after, as the admin panel's are.
     */
    public BatchResult panelDecideInQueue(HeldKind kind, Map<Long, Decision> decisions, String reason)
            throws IOException {
        return panelDecideInQueue(kind, decisions, reason, Map.of());
    }

    /**
     * {@link #panelDecideInQueue(HeldKind, Map, String)}, where an item whose text is not the text shown (by id in
     * {@code shown}) comes back {@code CHANGED} and is not sent.
     */
    public BatchResult panelDecideInQueue(HeldKind kind, Map<Long, Decision> decisions, String reason,
                                          Map<Long, String> shown) throws IOException {
        participation.whoami();
        List<DecisionOutcome> outcomes = new ArrayList<>();
        String said = "";
        for (boolean ignoredTab : new boolean[] {false, true}) {
            Map<Long, HeldPost> held = unchanged(panelFind(kind, ignoredTab, decisions.keySet()), decisions, shown,
                    outcomes);
            Map<Long, Decision> batch = new LinkedHashMap<>();
            decisions.forEach((id, d) -> {
                if (held.containsKey(id) && outcomes.stream().noneMatch(o -> o.cid() == id)) {
                    batch.put(id, d);
                }
            });
            if (batch.isEmpty()) {
                continue;
            }
            BatchResult r = panelSend(kind, ignoredTab, batch, held, reason);
            outcomes.addAll(r.outcomes());
            said = said.isEmpty() ? r.siteMessage() : said;
        }
        List<DecisionOutcome> ordered = new ArrayList<>();
        decisions.forEach((id, d) -> ordered.add(outcomes.stream().filter(o -> o.cid() == id).findFirst()
                .orElse(new DecisionOutcome(id, d, DecisionOutcome.Fate.NOT_IN_QUEUE))));
        return new BatchResult(ordered, said);
    }

    private Map<Long, HeldPost> panelFind(HeldKind kind, boolean ignored, java.util.Set<Long> ids)
            throws IOException {
        Map<Long, HeldPost> found = new LinkedHashMap<>();
        for (int page = 1; found.size() < ids.size(); page++) {
            HeldPage p = panel.queue(kind, ignored, 0, page);
            p.entries().stream().filter(e -> ids.contains(e.id())).forEach(e -> found.put(e.id(), e));
            if (page >= p.pageCount() || p.entries().isEmpty()) {
                break;
            }
        }
        return found;
    }

    private BatchResult panelSend(HeldKind kind, boolean ignoredTab, Map<Long, Decision> batch,
                                  Map<Long, HeldPost> known, String reason) throws IOException {
        ForumAudit trail = new ForumAudit(audit, site, participation.whoami().name());
        List<ForumAudit.Line> lines = new ArrayList<>();
        batch.forEach((id, d) -> lines.add(line(id, action(d, kind), known.get(id), reason)));
        trail.sent(lines);
        BatchResult result;
        try {
            result = panel.decide(kind, ignoredTab, batch, reason == null ? "" : reason);
        } catch (PanelPasswordWanted nothingSent) {
            throw trail.failed(lines, ForumAudit.NOT_SENT, nothingSent);
        } catch (IOException unknown) {
            throw trail.failed(lines, ForumAudit.UNKNOWN, unknown);
        } finally {
            forgetPagesOf(lines);
        }
        trail.outcome(lines, line -> result.of(line.id()).map(o -> fate(o.fate())).orElse(ForumAudit.UNKNOWN),
                result.siteMessage());
        return result;
    }
}
