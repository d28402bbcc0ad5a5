package dev.fenghuang.tui.moderate;

import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The moderation queue, one site page at a time: pending comments newest first, or the ignored ones after Tab.
 * Keys decide about the selected entry or the marked ones; the decisions wait in the desk's {@link DecisionBatch}
 * until sent. The list, its keys and its clicks are {@link QueueListView}'s.
 */
public final class ModerationView extends QueueListView<QueueFilter> {
    private final ModerationDesk desk;
    private QueueFilter filter;

    public ModerationView(UiLoop ui, ModerationDesk desk, QueueFilter filter) {
        super(ui, desk.batch());
        this.desk = desk;
        this.filter = filter;
        load(1);
    }

    @Override
    protected QueueFilter listing() {
        return filter;
    }

    @Override
    protected boolean showsIgnored() {
        return filter.ignored();
    }

    @Override
    protected void fetch(int wanted, Consumer<QueuePage> shown, Runnable again) {
        QueueFilter f = filter;
        desk.admin(() -> desk.triage().queue(f, wanted), shown, again);
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        crumbs.add(ui.texts().get(filter.ignored() ? "tui.queue.ignored" : "tui.queue.pending"));
        if (filter.catid() > 0) {
            crumbs.add(ui.texts().get("tui.queue.inCategory", String.valueOf(filter.catid())));
        }
        if (filter.period() != QueueFilter.Period.ALL) {
            crumbs.add(ui.texts().get("tui.queue.period." + filter.period().name()));
        }
        if (!filter.keyword().isEmpty()) {
            crumbs.add("/" + filter.keyword());
        }
        return crumbs;
    }

    @Override
    public String hints() {
        return desk.withNextQueue(ui.texts().get(desk.offers(KeyAction.QUEUE_RECENT) ? "tui.queue.hintsRecent"
                : "tui.queue.hints"));
    }

    @Override
    protected boolean act(KeyAction action) {
        switch (action) {
            case QUEUE_EDIT -> desk.edit(this, selected());
            case QUEUE_TAB -> tab();
            case QUEUE_RECENT -> desk.recent();
            case QUEUE_CATEGORY -> desk.askCategory(this);
            case QUEUE_PERIOD -> refilter(QueueFilters.nextPeriod(filter));
            case QUEUE_NEXT -> desk.nextQueue(this);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Tab: pending, ignored, then (for an account with the comment search) the recent comments. */
    private void tab() {
        if (filter.ignored() && desk.offers(KeyAction.QUEUE_RECENT) && desk.batch().isEmpty()) {
            refilter(filter.pendingTab());
            desk.recent();
        } else {
            refilter(filter.ignored() ? filter.pendingTab() : filter.ignoredTab());
        }
    }

    /** Esc first drops the keyword, category and time range; a plain queue lets the view be left. */
    @Override
    protected boolean unfilter() {
        QueueFilter plain = QueueFilters.plain(filter);
        if (plain.equals(filter)) {
            return false;
        }
        refilter(plain);
        return true;
    }

    @Override
    protected void open(QueueEntry e) {
        if (e.aid() > 0) {
            desk.openAt(e);
        }
    }

    @Override
    protected void sendNow() {
        desk.sendNow(this);
    }

    /** Lists the queue under another filter, from its first page; refused while decisions under this one wait. */
    void refilter(QueueFilter next) {
        refilter(() -> filter = next);
    }

    /** Lists only the comments containing {@code query} (the site searches); the same words again change nothing. */
    @Override
    public boolean search(String query, boolean forward) {
        if (!query.equals(filter.keyword())) {
            refilter(filter.withKeyword(query));
        }
        return true;
    }
}
