package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.Confirm;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.CommentQuery;
import dev.fenghuang.model.Decision;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueueFilter;
import dev.fenghuang.model.QueuePage;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All comments of the portal in a time range, newest first, one page of the admin panel's comment search at a
 * time, drawn like the queue. Space and * mark, d puts the marked (else the selected) into the deletions, x sends
 * them in one request and tells what became of each; a lapsed admin session is unlocked and the request repeated.
 */
public final class RecentView implements View {
    /** The deletions and marks are held in a batch of their own, all listed under this one tag. */
    private static final QueueFilter LISTED = QueueFilter.pending();

    private final UiLoop ui;
    private final ModerationDesk desk;
    private final QueueGutter gutter;
    private final DecisionBatch batch = new DecisionBatch();
    private RecentRange range = RecentRange.WEEK;
    private String keyword = "";
    private String author = "";
    private QueuePage page;
    private QueueLayout layout;
    private int pageNo = 1;
    private int laidOutWidth = -1;
    private int lastWidth;
    private int selected;
    private int top;

    RecentView(UiLoop ui, ModerationDesk desk) {
        this.ui = ui;
        this.desk = desk;
        this.gutter = new QueueGutter(ui.texts(), ui.painter());
        this.lastWidth = ui.bodyWidth();
        load(1);
    }

    /** The search the screen shows: its time range, keyword and author. */
    CommentQuery query() {
        LocalDate today = LocalDate.ofInstant(ui.timers().now(), ZoneId.systemDefault());
        CommentQuery q = range.query(today).containing(keyword);
        return author.isEmpty() ? q : q.by(author);
    }

    private void load(int wanted) {
        CommentQuery q = query();
        desk.admin(() -> desk.triage().search(q, wanted), p -> {
            if (p.hits().isEmpty() && p.pageCount() >= 1 && p.pageCount() < wanted) {
                load(p.pageCount());
                return;
            }
            boolean same = page != null && p.page() == pageNo;
            page = asQueue(p);
            pageNo = Math.max(1, p.page());
            relayout();
            selected = same ? Math.max(0, Math.min(selected, p.hits().size() - 1)) : 0;
            top = same ? top : 0;
        }, () -> load(wanted));
    }

    private static QueuePage asQueue(SearchPage p) {
        List<QueueEntry> entries = new ArrayList<>();
        for (SearchHit h : p.hits()) {
            entries.add(new QueueEntry(h.cid(), h.aid(), h.articleTitle(), h.author(), h.time(), h.text(), List.of()));
        }
        return new QueuePage(p.page(), p.pageCount(), p.total(), entries);
    }

    private void relayout() {
        layout = QueueLayout.of(page, lastWidth - gutter.width(), ui.texts(), ui.breaker());
        laidOutWidth = lastWidth;
    }

    private List<QueueEntry> entries() {
        return page == null ? List.of() : page.entries();
    }

    private QueueEntry selected() {
        List<QueueEntry> all = entries();
        return all.isEmpty() ? null : all.get(Math.min(selected, all.size() - 1));
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        crumbs.add(ui.texts().get("tui.recent.title"));
        crumbs.add(ui.texts().get("tui.recent.range." + range.name()));
        if (!author.isEmpty()) {
            crumbs.add("@" + author);
        }
        if (!keyword.isEmpty()) {
            crumbs.add("/" + keyword);
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
            case QUEUE_MARK -> {
                if (selected() != null) {
                    batch.toggleMark(selected(), LISTED);
                }
            }
            case QUEUE_MARK_ALL -> batch.markAll(entries(), LISTED);
            case QUEUE_DELETE -> delete(batch.targets(selected()));
            case QUEUE_UNDO -> batch.undo(batch.targets(selected()));
            case QUEUE_SEND -> send();
            case QUEUE_PERIOD -> refilter(() -> range = range.next());
            case QUEUE_AUTHOR -> ui.ask(ui.texts().get("tui.recent.authorPrompt"),
                    name -> refilter(() -> author = name.strip()));
            case QUEUE_TAB -> ui.back();
            default -> {
                return false;
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

    private void delete(List<QueueEntry> targets) {
        if (targets.isEmpty()) {
            return;
        }
        if (ui.options().confirmDelete()) {
            ui.push(Confirm.orEnter(ui.texts().get("tui.recent.deleteConfirm", String.valueOf(targets.size())),
                    () -> batch.decide(targets, Decision.DELETE, "", LISTED),
                    () -> ui.message(ui.texts().get("tui.cancelled"))));
        } else {
            batch.decide(targets, Decision.DELETE, "", LISTED);
        }
    }

    private void send() {
        if (batch.size() == 0) {
            ui.message(ui.texts().get("tui.queue.nothingToSend"));
            return;
        }
        ui.push(Confirm.orEnter(ui.texts().get("tui.recent.sendConfirm", String.valueOf(batch.size())),
                this::sendNow, () -> ui.message(ui.texts().get("tui.cancelled"))));
    }

    private void sendNow() {
        Map<Long, SearchHit> found = new LinkedHashMap<>();
        batch.known().forEach((cid, e) -> found.put(cid, new SearchHit(e.cid(), e.aid(), e.articleTitle(),
                e.author(), e.time(), e.text())));
        CommentQuery q = query();
        desk.admin(() -> desk.triage().deleteFound(found, q), (BatchResult result) -> {
            batch.sent(found.keySet());
            desk.told(result);
            reload();
        }, this::sendNow);
    }

    /** Esc first drops the keyword, the author and the time range; a plain list lets the screen be left. */
    private boolean unfilter() {
        if (keyword.isEmpty() && author.isEmpty() && range == RecentRange.WEEK) {
            return false;
        }
        refilter(() -> {
            keyword = "";
            author = "";
            range = RecentRange.WEEK;
        });
        return true;
    }

    /** Changes the search and lists its first page; refused while deletions or marks wait. */
    private void refilter(Runnable change) {
        if (!batch.isEmpty()) {
            ui.message(ui.texts().get("tui.queue.sendFirst", String.valueOf(batch.size() + batch.markedCount())));
            return;
        }
        change.run();
        page = null;
        load(1);
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

    /** Lists only the comments containing {@code query} (the site searches). */
    @Override
    public boolean search(String query, boolean forward) {
        if (!query.equals(keyword)) {
            refilter(() -> keyword = query);
        }
        return true;
    }

    @Override
    public void reload() {
        load(pageNo);
    }
}
