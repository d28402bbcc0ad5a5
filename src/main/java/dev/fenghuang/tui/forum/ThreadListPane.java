package dev.fenghuang.tui.forum;

import dev.fenghuang.tui.TwoPanes;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.forum.AttachmentMark;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ThreadRow;
import dev.fenghuang.model.forum.ThreadType;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.text.PickList;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a board's threads: markers (sticky, digest, closed, poll, attachment, moved, and +N for replies new since the
 * last visit), the type, the subject, then author and replies/views; in a wide window a second line with the start
 * and the last post. Enter opens the thread; [ and ] turn the page; t steps through the board's thread types.
 */
final class ThreadListPane implements TwoPanes.ListPane {
    private final UiLoop ui;
    private final ForumParts forum;
    private final PickList list;
    private BoardPage board;
    private int fid;
    private int page = 1;
    private int typeId;
    private boolean wide;

    ThreadListPane(UiLoop ui, ForumParts forum) {
        this.ui = ui;
        this.forum = forum;
        this.list = new PickList(ui.painter());
    }

    /** Loads a page of board {@code board}'s list; {@code shown} runs once it is on the pane. */
    void load(int board, int wanted, int type, Runnable shown) {
        ui.load(() -> forum.source().board(board, wanted, type), b -> show(b, board, type, shown));
    }

    private void show(BoardPage b, int board, int type, Runnable shown) {
        if (b.page() > b.pageCount() && b.threads().isEmpty() && this.board != null) {
            ui.message(ui.texts().get("tui.lastPage"));
            return;
        }
        boolean same = this.board != null && fid == board && page == b.page() && typeId == type;
        this.board = b;
        fid = board;
        page = b.page();
        typeId = type;
        refresh(same);
        shown.run();
    }

    /** Draws the rows again from the page (after a visit changed a marker). */
    void refresh(boolean keepSelection) {
        if (board == null) {
            return;
        }
        List<StyledLine> rows = new ArrayList<>();
        List<StyledLine> details = new ArrayList<>();
        Texts texts = ui.texts();
        for (ThreadRow t : board.threads()) {
            rows.add(row(t, texts));
            details.add(detail(t, texts));
        }
        if (rows.isEmpty()) {
            rows.add(StyledLine.of(texts.get("tui.forum.noThreads"), Style.META));
            details.add(StyledLine.EMPTY);
        }
        list.show(rows, details, keepSelection);
    }

    private StyledLine row(ThreadRow t, Texts texts) {
        StringBuilder marks = new StringBuilder();
        mark(marks, t.sticky(), texts, "sticky");
        mark(marks, t.digest(), texts, "digest");
        mark(marks, t.closed(), texts, "closed");
        mark(marks, t.poll(), texts, "poll");
        mark(marks, t.attachment() != AttachmentMark.NONE, texts, "attachment");
        mark(marks, t.moved(), texts, "moved");
        String unread = unread(t);
        String type = t.type() == null ? "" : "[" + TerminalText.clean(t.type().name()) + "] ";
        String counts = FloorLayout.DOT + TerminalText.clean(t.author().name()) + FloorLayout.DOT + t.replies() + "/"
                + t.views();
        return StyledLine.of(new StyledLine.Span(marks.toString(), Style.HEADING),
                new StyledLine.Span(unread, Style.ERROR), new StyledLine.Span(type, Style.META),
                new StyledLine.Span(TerminalText.clean(t.subject()), Style.NORMAL),
                new StyledLine.Span(counts, Style.META));
    }

    /** The markers in the order a row shows them, then +N: the help box's legend. */
    static String legend(Texts texts) {
        StringBuilder marks = new StringBuilder();
        for (String name : List.of("sticky", "digest", "closed", "poll", "attachment", "moved")) {
            mark(marks, true, texts, name);
        }
        return marks + "+N";
    }

    private static void mark(StringBuilder marks, boolean on, Texts texts, String name) {
        if (on) {
            marks.append(texts.get("tui.forum.mark." + name)).append(' ');
        }
    }

    /** "+N " when the thread has N replies more than at the last visit. */
    private String unread(ThreadRow t) {
        OptionalLong seen = forum.visits().replies(t.tid());
        if (seen.isEmpty() || t.replies() <= seen.getAsLong()) {
            return "";
        }
        return "+" + (t.replies() - seen.getAsLong()) + " ";
    }

    private StyledLine detail(ThreadRow t, Texts texts) {
        String started = t.started() == null ? "" : FloorLayout.time(t.started()).substring(0, 10);
        String last = t.lastPostTime() == null ? "" : " " + FloorLayout.time(t.lastPostTime());
        return StyledLine.of("   " + texts.get("tui.forum.rowDetail", TerminalText.clean(t.author().name()), started,
                String.valueOf(t.replies()), String.valueOf(t.views()), TerminalText.clean(t.lastPoster()) + last),
                Style.META);
    }

    @Override
    public boolean loaded() {
        return board != null;
    }

    BoardPage board() {
        return board;
    }

    ThreadRow selected() {
        if (board == null || board.threads().isEmpty()) {
            return null;
        }
        return board.threads().get(Math.min(list.selected(), board.threads().size() - 1));
    }

    @Override
    public boolean handle(KeyAction action, int height) {
        if (board == null) {
            return false;
        }
        switch (action) {
            case OPEN -> {
                ThreadRow t = selected();
                if (t != null) {
                    forum.visits().visited(t.tid(), t.replies());
                    refresh(true);
                    ui.open(new ThreadView(ui, forum, t.tid(), 1, breadcrumb(), t.subject()));
                }
                return true;
            }
            case NEXT_PAGE, PREVIOUS_PAGE -> {
                int wanted = page + (action == KeyAction.NEXT_PAGE ? 1 : -1);
                if (wanted < 1 || wanted > board.pageCount()) {
                    ui.message(ui.texts().get(wanted < 1 ? "tui.firstPage" : "tui.lastPage"));
                } else {
                    load(fid, wanted, typeId, () -> { });
                }
                return true;
            }
            case FORUM_TYPE -> {
                nextType();
                return true;
            }
            default -> {
                return list.handle(action, list.entries(height, wide));
            }
        }
    }

    /** All threads, then each of the board's types in turn, then all again. */
    private void nextType() {
        List<ThreadType> types = board.types().stream().filter(t -> t.id() > 0).toList();
        if (types.isEmpty()) {
            ui.message(ui.texts().get("tui.forum.noTypes"));
            return;
        }
        int at = -1;
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).id() == typeId) {
                at = i;
            }
        }
        ThreadType next = at + 1 < types.size() ? types.get(at + 1) : null;
        int wanted = next == null ? 0 : next.id();
        load(fid, 1, wanted, () -> ui.message(ui.texts().get("tui.forum.typeShown",
                next == null ? ui.texts().get("tui.forum.allTypes") : next.name())));
    }

    @Override
    public void click(int row, int height) {
        int i = list.rowAt(row);
        if (i < 0) {
            return;
        }
        if (i == list.selected()) {
            handle(KeyAction.OPEN, height);
        } else {
            list.select(i);
        }
    }

    @Override
    public void draw(TextGraphics g, int col, int width, int height, boolean focused, boolean wideWindow) {
        wide = wideWindow;
        list.draw(g, col, width, height, focused, wideWindow);
    }

    /** The categories and boards above the list, outermost first, the board last. */
    List<String> breadcrumb() {
        if (board == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(board.breadcrumb().stream().filter(b -> !b.category())
                .map(BoardLink::name).toList());
        if (out.isEmpty() || !out.get(out.size() - 1).equals(board.name())) {
            out.add(board.name());
        }
        return out;
    }

    @Override
    public boolean search(String query, boolean forward) {
        return list.search(query, forward);
    }

    /**
     * Reads the page shown again past the cache after a write changed it (a thread just posted), taking the answer
     * even when another view opened meanwhile: the new thread's view opens at once, and a read of the view left
     * behind would be dropped with the other reads. When it fails the list stays as it was ({@code r} reads again).
     */
    void reloadBehind() {
        if (board != null) {
            forum.source().forgetBoard(fid);
            int f = fid;
            int p = page;
            int t = typeId;
            ui.quietly(() -> forum.source().board(f, p, t), b -> show(b, f, t, () -> { }), e -> { });
        }
    }

    /** Reads the page shown again from the site, past the cache, and marks what was replied since. */
    void reload() {
        if (board != null) {
            forum.source().forgetBoard(fid);
            load(fid, page, typeId, () -> { });
        }
    }

    @Override
    public String position() {
        if (board == null) {
            return "";
        }
        return ui.texts().get("tui.page", String.valueOf(page), String.valueOf(board.pageCount())) + "  "
                + list.position();
    }

    @Override
    public String link() {
        ThreadRow t = selected();
        return t == null ? null : forum.source().link(t.tid(), 1);
    }
}
