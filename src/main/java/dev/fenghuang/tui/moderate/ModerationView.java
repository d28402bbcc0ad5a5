package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import java.util.ArrayList;
import java.util.List;

/**
 * The moderation queue, one site page at a time (only that page is kept): pending comments newest first, or the
 * ignored ones after Tab. Keys decide about the selected entry or the marked ones; the decisions wait in the desk's
 * {@link DecisionBatch} until sent. Each entry's head row carries its state in a gutter (selected, marked, the
 * decision), so a decision redraws that one row.
 */
public final class ModerationView implements View {
    private final Ui ui;
    private final ModerationDesk desk;
    private final QueueGutter gutter;
    private QueueFilter filter;
    private QueuePage page;
    private QueueLayout layout;
    private int pageNo = 1;
    private int laidOutWidth = -1;
    private int lastWidth;
    private int selected;
    private int top;

    public ModerationView(Ui ui, ModerationDesk desk, QueueFilter filter) {
        this.ui = ui;
        this.desk = desk;
        this.filter = filter;
        this.gutter = new QueueGutter(ui.texts(), ui.painter());
        this.lastWidth = ui.bodyWidth();
        load(1);
    }

    QueueFilter filter() {
        return filter;
    }

    List<QueueEntry> entries() {
        return page == null ? List.of() : page.entries();
    }

    /** Loads page {@code wanted} of the queue under the current filter; past the end, the last page. */
    void load(int wanted) {
        desk.admin(() -> desk.triage().queue(filter, wanted), p -> {
            if (p.entries().isEmpty() && p.pageCount() >= 1 && p.pageCount() < wanted) {
                load(p.pageCount());
                return;
            }
            boolean same = page != null && p.page() == pageNo;
            page = p;
            pageNo = Math.max(1, p.page());
            relayout();
            selected = same ? Math.max(0, Math.min(selected, p.entries().size() - 1)) : 0;
            top = same ? top : 0;
        }, () -> load(wanted));
    }

    private void relayout() {
        layout = QueueLayout.of(page, lastWidth - gutter.width(), ui.texts(), ui.breaker());
        laidOutWidth = lastWidth;
    }

    QueueEntry selected() {
        List<QueueEntry> all = entries();
        return all.isEmpty() ? null : all.get(Math.min(selected, all.size() - 1));
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
    public void draw(TextGraphics g, int width, int height) {
        lastWidth = width;
        if (page == null) {
            for (int r = 0; r < height; r++) {
                ui.painter().paint(g, 0, r, width, StyledLine.EMPTY, Style.NORMAL);
            }
            return;
        }
        if (width != laidOutWidth) {
            relayout();
        }
        follow(height);
        List<StyledLine> lines = layout.lines();
        for (int r = 0; r < height; r++) {
            int i = top + r;
            int entry = layout.entryAt(i);
            boolean head = entry >= 0 && layout.starts().get(entry) == i;
            StyledLine line = i < lines.size() ? lines.get(i) : StyledLine.EMPTY;
            if (head) {
                QueueEntry e = page.entries().get(entry);
                gutter.paint(g, r, entry == selected, desk.batch().isMarked(e.cid()), desk.batch().decision(e.cid()));
            } else {
                gutter.blank(g, r);
            }
            Style fill = head && entry == selected ? Style.SELECTED : Style.NORMAL;
            ui.painter().paint(g, gutter.width(), r, width - gutter.width(),
                    head && entry == selected ? StyledLine.of(line.text(), Style.SELECTED) : line, fill);
        }
    }

    /** Scrolls so the selected entry's head and as much of its text as fits are in view. */
    private void follow(int height) {
        int was = top;
        top = layout.topShowing(selected, top, height);
        if (top != was) {
            ui.scrolled(top - was);
        }
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (page == null) {
            return false;
        }
        switch (action) {
            case DOWN -> select(selected + Math.max(1, count));
            case UP -> select(selected - Math.max(1, count));
            case PAGE_DOWN -> select(layout.entryAt(Math.min(top + ui.bodyHeight(), layout.lines().size() - 1)));
            case PAGE_UP -> select(layout.entryAt(Math.max(0, top - ui.bodyHeight())));
            case TOP -> select(0);
            case BOTTOM -> select(entries().size() - 1);
            case OPEN -> open();
            case BACK -> {
                return unfilter();
            }
            case PREVIOUS_PAGE, NEXT_PAGE -> turn(action == KeyAction.NEXT_PAGE ? 1 : -1);
            default -> {
                return decide(action);
            }
        }
        return true;
    }

    /**
     * A click on an entry selects it, on the selected one opens its article as Enter does; never a decision, which
     * stays on the keys. Between entries and below the last, nothing.
     */
    @Override
    public void click(int column, int row) {
        int entry = page == null ? -1 : layout.entryOn(top + row);
        if (entry < 0) {
            return;
        }
        if (entry == selected) {
            open();
        } else {
            select(entry);
        }
    }

    private boolean decide(KeyAction action) {
        DecisionBatch batch = desk.batch();
        List<QueueEntry> targets = batch.targets(selected());
        switch (action) {
            case QUEUE_APPROVE -> desk.decide(this, targets, Decision.APPROVE);
            case QUEUE_IGNORE -> desk.decide(this, targets, filter.ignored() ? null : Decision.IGNORE);
            case QUEUE_DELETE -> desk.decide(this, targets, Decision.DELETE);
            case QUEUE_UNDO -> batch.undo(targets);
            case QUEUE_MARK -> mark();
            case QUEUE_MARK_ALL -> {
                if (desk.joins(filter)) {
                    batch.markAll(entries(), filter);
                }
            }
            case QUEUE_SEND -> desk.send(this);
            case QUEUE_EDIT -> desk.edit(this, selected());
            case QUEUE_TAB -> tab();
            case QUEUE_RECENT -> desk.recent();
            case QUEUE_CATEGORY -> desk.askCategory(this);
            case QUEUE_PERIOD -> refilter(QueueFilters.nextPeriod(filter));
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
    private boolean unfilter() {
        QueueFilter plain = QueueFilters.plain(filter);
        if (plain.equals(filter)) {
            return false;
        }
        refilter(plain);
        return true;
    }

    private void mark() {
        QueueEntry e = selected();
        if (e != null && desk.joins(filter)) {
            desk.batch().toggleMark(e, filter);
        }
    }

    private void select(int index) {
        selected = Math.max(0, Math.min(index, entries().size() - 1));
    }

    private void open() {
        QueueEntry e = selected();
        if (e != null && e.aid() > 0) {
            desk.openAt(e);
        }
    }

    private void turn(int by) {
        int wanted = pageNo + by;
        if (wanted < 1) {
            ui.message(ui.texts().get("tui.firstPage"));
        } else if (wanted > page.pageCount()) {
            ui.message(ui.texts().get("tui.lastPage"));
        } else {
            load(wanted);
        }
    }

    /** Lists the queue under another filter, from its first page; refused while decisions under this one wait. */
    void refilter(QueueFilter next) {
        if (!desk.batch().isEmpty()) {
            ui.message(ui.texts().get("tui.queue.sendFirst", String.valueOf(desk.batch().size()
                    + desk.batch().markedCount())));
            return;
        }
        filter = next;
        page = null;
        load(1);
    }

    @Override
    public String position() {
        if (page == null) {
            return "";
        }
        return ui.texts().get("tui.page", String.valueOf(pageNo), String.valueOf(Math.max(1, page.pageCount())))
                + "  " + (entries().isEmpty() ? "0/0" : (selected + 1) + "/" + entries().size())
                + "  " + ui.texts().get("tui.queue.total", String.valueOf(page.total()));
    }

    @Override
    public String link() {
        return null;
    }

    /** Lists only the comments containing {@code query} (the site searches); the same words again change nothing. */
    @Override
    public boolean search(String query, boolean forward) {
        if (!query.equals(filter.keyword())) {
            refilter(filter.withKeyword(query));
        }
        return true;
    }

    @Override
    public void reload() {
        load(pageNo);
    }
}
