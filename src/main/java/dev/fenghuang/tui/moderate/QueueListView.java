package dev.fenghuang.tui.moderate;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every moderation list has in common, the comment queue, the recent comments and the queues other rooms add:
 * one site page of entries at a time (only that page is kept), laid out with a gutter per head row (selected,
 * marked, the decision waiting), the moving and paging keys, marks, undo, the decisions going into a
 * {@link DecisionBatch} until x sends them after a question, and a click that selects or, a second time, opens.
 * A view says how it reads a page, what its listing is, how it opens an entry and sends a batch.
 *
 * @param <F> what the view's listing is chosen by; the batch takes the entries of one listing only
 */
public abstract class QueueListView<F> implements View {
    protected final UiLoop ui;
    private final DecisionBatch<F> batch;
    private final QueueGutter gutter;
    private QueuePage page;
    private QueueLayout layout;
    private int pageNo = 1;
    private int laidOutWidth = -1;
    private int lastWidth;
    private int selected;
    /** The entry a decision just moved the selection away from, for u; null once anything else happened. */
    private QueueEntry movedFrom;
    private int top;

    /** @param batch where the view's decisions and marks wait; it may outlive the view */
    protected QueueListView(UiLoop ui, DecisionBatch<F> batch) {
        this.ui = ui;
        this.batch = batch;
        this.gutter = new QueueGutter(ui.texts(), ui.painter());
        this.lastWidth = ui.bodyWidth();
    }

    /** The batch the view's decisions and marks wait in. */
    protected final DecisionBatch<F> batch() {
        return batch;
    }

    /** What the entries shown now were listed under. */
    protected abstract F listing();

    /**
     * Reads page {@code wanted} off the UI thread and gives it to {@code shown}; when the site wants a password first,
     * asks for it and runs {@code again}.
     */
    protected abstract void fetch(int wanted, Consumer<QueuePage> shown, Runnable again);

    /** Enter, or a click on the selected entry: shows where the entry belongs. */
    protected abstract void open(QueueEntry entry);

    /** The question x asks before sending {@code decisions}. */
    protected String sendQuestion(int decisions) {
        return ui.texts().get("tui.queue.sendConfirm", String.valueOf(decisions));
    }

    /** Sends the batch's decisions (the answer was yes). */
    protected abstract void sendNow();

    /** The status bar's key hints on this view. */
    public abstract String hints();

    /** A key of the view's own (its tabs, filters), also while the first page loads; false when it has none for it. */
    protected boolean act(KeyAction action) {
        return false;
    }

    /** Esc: drops the view's filters and says true; false when there are none, and the view is left. */
    protected boolean unfilter() {
        return false;
    }

    /** Whether the entries listed are those set aside (ignoring them again changes nothing). */
    protected boolean showsIgnored() {
        return false;
    }

    /** Loads page {@code wanted} of the listing; past the end, the last page. */
    protected final void load(int wanted) {
        fetch(wanted, p -> {
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

    protected final List<QueueEntry> entries() {
        return page == null ? List.of() : page.entries();
    }

    protected final QueueEntry selected() {
        List<QueueEntry> all = entries();
        return all.isEmpty() ? null : all.get(Math.min(selected, all.size() - 1));
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
                gutter.paint(g, r, entry == selected, batch.isMarked(e.cid()), batch.decision(e.cid()));
            } else {
                gutter.blank(g, r);
            }
            boolean chosen = head && entry == selected;
            ui.painter().paint(g, gutter.width(), r, width - gutter.width(),
                    chosen ? StyledLine.of(line.text(), Style.SELECTED) : line, chosen ? Style.SELECTED : Style.NORMAL);
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
            return act(action);
        }
        if (action != KeyAction.QUEUE_UNDO) {
            movedFrom = null;
        }
        switch (action) {
            case DOWN -> select(selected + Math.max(1, count));
            case UP -> select(selected - Math.max(1, count));
            case PAGE_DOWN -> select(layout.entryAt(Math.min(top + ui.bodyHeight(), layout.lines().size() - 1)));
            case PAGE_UP -> select(layout.entryAt(Math.max(0, top - ui.bodyHeight())));
            case TOP -> select(0);
            case BOTTOM -> select(entries().size() - 1);
            case OPEN -> openSelected();
            case BACK -> {
                return unfilter();
            }
            case PREVIOUS_PAGE, NEXT_PAGE -> turn(action == KeyAction.NEXT_PAGE ? 1 : -1);
            case QUEUE_MARK -> mark();
            case QUEUE_MARK_ALL -> {
                if (joins()) {
                    batch().markAll(entries(), listing());
                }
            }
            case QUEUE_UNDO -> undo();
            case QUEUE_SEND -> send();
            case QUEUE_APPROVE -> {
                return decide(batch().targets(selected()), Decision.APPROVE);
            }
            case QUEUE_DELETE -> {
                return decide(batch().targets(selected()), Decision.DELETE);
            }
            case QUEUE_IGNORE -> {
                return decide(batch().targets(selected()), showsIgnored() ? null : Decision.IGNORE);
            }
            default -> {
                return act(action);
            }
        }
        return true;
    }

    /**
     * A click on an entry selects it, on the selected one opens it as Enter does; never a decision, which stays on
     * the keys. Between entries and below the last, nothing.
     */
    @Override
    public void click(int column, int row) {
        int entry = page == null ? -1 : layout.entryOn(top + row);
        if (entry < 0) {
            return;
        }
        if (entry == selected) {
            openSelected();
        } else {
            select(entry);
        }
    }

    /**
     * Puts a decision about the entries into the batch (null: none to take); a deletion first asks, with room for a
     * reason. A decision about the selected entry alone then selects the next, so the next key decides about that
     * one. A view that takes only some decisions says false for the others.
     */
    protected boolean decide(List<QueueEntry> targets, Decision decision) {
        if (decision == null || targets.isEmpty() || !joins()) {
            return true;
        }
        F listing = listing();
        if (decision == Decision.DELETE && ui.options().confirmDelete()) {
            ui.ask(ui.texts().get("tui.queue.deleteReason", String.valueOf(targets.size())), reason -> {
                batch().decide(targets, Decision.DELETE, reason, listing);
                moveOn(targets);
            });
        } else {
            batch().decide(targets, decision, "", listing);
            moveOn(targets);
        }
        return true;
    }

    /** After a decision about the selected entry alone (no marks), the next entry is selected. */
    private void moveOn(List<QueueEntry> decided) {
        QueueEntry now = selected();
        if (decided.size() == 1 && now != null && decided.get(0).cid() == now.cid()
                && batch().markedCount() == 0) {
            movedFrom = now;
            select(selected + 1);
        }
    }

    /**
     * u takes back the decision about the marked or the selected entry; on an undecided entry just moved on to, the
     * decision made a moment ago, whose entry is selected again.
     */
    private void undo() {
        QueueEntry now = selected();
        QueueEntry back = movedFrom;
        movedFrom = null;
        if (batch().markedCount() == 0 && now != null && batch().decision(now.cid()) == null && back != null
                && batch().decision(back.cid()) != null) {
            batch().undo(List.of(back));
            int at = entries().indexOf(back);
            if (at >= 0) {
                select(at);
            }
            return;
        }
        batch().undo(batch().targets(now));
    }

    /** Whether the entries shown may join the batch; says why not when they may not. */
    protected final boolean joins() {
        if (batch().accepts(listing())) {
            return true;
        }
        ui.message(waiting());
        return false;
    }

    private String waiting() {
        return ui.texts().get("tui.queue.sendFirst", String.valueOf(batch().size() + batch().markedCount()));
    }

    private void mark() {
        QueueEntry e = selected();
        if (e != null && joins()) {
            batch().toggleMark(e, listing());
        }
    }

    /** x: asks, then sends every decision of the batch. */
    private void send() {
        if (batch().size() == 0) {
            ui.message(ui.texts().get("tui.queue.nothingToSend"));
            return;
        }
        ui.push(Confirm.orEnter(sendQuestion(batch().size()), this::sendNow,
                () -> ui.message(ui.texts().get("tui.cancelled"))));
    }

    private void select(int index) {
        selected = Math.max(0, Math.min(index, entries().size() - 1));
    }

    private void openSelected() {
        QueueEntry e = selected();
        if (e != null) {
            open(e);
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

    /** Changes the listing and shows its first page; refused while decisions or marks under this one wait. */
    protected final void refilter(Runnable change) {
        if (!batch().isEmpty()) {
            ui.message(waiting());
            return;
        }
        change.run();
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

    @Override
    public void reload() {
        load(pageNo);
    }
}
