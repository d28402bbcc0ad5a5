package dev.fenghuang.tui.forum.moderate;

import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.forum.HeldFilter;
import dev.fenghuang.model.forum.HeldKind;
import dev.fenghuang.model.forum.HeldPage;
import dev.fenghuang.model.forum.HeldPost;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.moderate.DecisionBatch;
import dev.fenghuang.tui.moderate.ModerationDesk;
import dev.fenghuang.tui.moderate.QueueListView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One forum queue, held threads or held replies, waiting or ignored (Tab), a page at a time, with the comment
 * queue's keys and batches ({@link QueueListView}): a d i decide about the selected or the marked, u takes back, x
 * sends after a question, and what became of each is read from the queue again; an item whose text changed after
 * it was shown is not sent (CHANGED), and the queue read again shows its new text. Enter and e open the held post's
 * thread; f moves on to the next queue. On the admin panel a lapsed session asks for its password and the same
 * request runs again; on the front-end panel its own password form does the same.
 */
final class ForumQueueView extends QueueListView<HeldFilter> {
    private final ModerationDesk desk;
    private final ForumQueues queues;
    private final boolean adminPanel;
    /** The held posts of the page shown, by the id a decision names. */
    private final Map<Long, HeldPost> held = new HashMap<>();
    private HeldFilter filter;

    ForumQueueView(UiLoop ui, ModerationDesk desk, ForumQueues queues, DecisionBatch<HeldFilter> batch,
                   HeldFilter filter, boolean adminPanel) {
        super(ui, batch);
        this.desk = desk;
        this.queues = queues;
        this.filter = filter;
        this.adminPanel = adminPanel;
        load(1);
    }

    HeldKind kind() {
        return filter.kind();
    }

    @Override
    protected HeldFilter listing() {
        return filter;
    }

    @Override
    protected boolean showsIgnored() {
        return filter.ignored();
    }

    @Override
    protected void fetch(int wanted, Consumer<QueuePage> shown, Runnable again) {
        HeldFilter f = filter;
        ForumTriage triage = queues.triage();
        Consumer<HeldPage> read = p -> {
            held.clear();
            p.entries().forEach(e -> held.put(e.id(), e));
            shown.accept(asQueue(p));
        };
        if (adminPanel) {
            desk.admin(() -> triage.queue(f, wanted), read, again);
        } else {
            queues.panel(() -> triage.panelQueue(f.kind(), f.ignored(), wanted), read, again);
        }
    }

    /** A held post as a queue entry: its id, its thread, "board › subject" for the title. */
    static QueuePage asQueue(HeldPage p) {
        List<QueueEntry> entries = new ArrayList<>();
        for (HeldPost h : p.entries()) {
            String title = h.board().isEmpty() ? h.subject() : h.board() + " › " + h.subject();
            entries.add(new QueueEntry(h.id(), h.tid(), title, h.author(), h.time(), h.text(), h.censorWords()));
        }
        return new QueuePage(p.page(), p.pageCount(), p.total(), entries);
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        crumbs.add(ui.texts().get("tui.forumQueue." + (adminPanel ? "admin." : "panel.") + filter.kind().name()));
        crumbs.add(ui.texts().get(filter.ignored() ? "tui.forumQueue.ignored" : "tui.forumQueue.waiting"));
        if (!filter.contains().isEmpty()) {
            crumbs.add("/" + filter.contains());
        }
        return crumbs;
    }

    @Override
    public String hints() {
        return ui.texts().get("tui.forumQueue.hints");
    }

    @Override
    protected boolean act(KeyAction action) {
        switch (action) {
            case QUEUE_TAB -> refilter(() -> filter = filter.ignored() ? filter.waitingTab() : filter.ignoredTab());
            case QUEUE_NEXT -> desk.nextQueue(this);
            case QUEUE_EDIT -> {
                QueueEntry e = selected();
                if (e != null) {
                    open(e);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Esc first drops the words looked for; a plain queue lets the view be left. */
    @Override
    protected boolean unfilter() {
        if (filter.contains().isEmpty()) {
            return false;
        }
        refilter(() -> filter = containing(""));
        return true;
    }

    /** Lists only the held posts with these words (the admin panel searches; the front-end panel cannot). */
    @Override
    public boolean search(String query, boolean forward) {
        if (!adminPanel) {
            ui.message(ui.texts().get("tui.forumQueue.noSearch"));
        } else if (!query.equals(filter.contains())) {
            refilter(() -> filter = containing(query));
        }
        return true;
    }

    private HeldFilter containing(String words) {
        return new HeldFilter(filter.kind(), filter.ignored(), filter.fid(), filter.author(), words,
                filter.perPage(), filter.showCensor());
    }

    @Override
    protected void open(QueueEntry entry) {
        HeldPost post = held.get(entry.cid());
        if (post != null) {
            queues.openThread(post);
        }
    }

    /**
     * Sends the batch in one request (one a reason on the front-end panel); the application reads the queue again
     * and decides only about the ids it still holds.
     */
    @Override
    protected void sendNow() {
        Map<Long, Decision> decisions = batch().decisions();
        Map<Long, String> reasons = batch().reasons();
        Map<Long, QueueEntry> known = batch().known();
        Map<Long, String> shown = new HashMap<>();
        known.forEach((id, e) -> shown.put(id, e.text()));
        HeldKind kind = filter.kind();
        ForumTriage triage = queues.triage();
        Callable<BatchResult> request = adminPanel ? () -> triage.decide(kind, decisions, reasons, shown)
                : () -> triage.panelDecide(kind, decisions, reasons, shown);
        Consumer<BatchResult> done = result -> {
            batch().sent(decisions.keySet());
            known.values().forEach(e -> triage.decided(e.aid(), fidOf(e)));
            desk.told(result);
            reload();
        };
        if (adminPanel) {
            desk.admin(request, done, this::sendNow);
        } else {
            queues.panel(request, done, this::sendNow);
        }
    }

    private int fidOf(QueueEntry e) {
        HeldPost post = held.get(e.cid());
        return post == null ? 0 : post.fid();
    }
}
