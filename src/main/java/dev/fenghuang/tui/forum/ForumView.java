package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.View;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The forum tab's first screen: the board tree beside a board's thread list when the window is 100 columns or
 * more, one of them at a time when narrower. Enter on a board shows its threads; back from the threads returns to
 * the tree. Without a forum to read it says so.
 */
public final class ForumView implements View {
    /** Windows at least this wide show both panes. */
    static final int TWO_PANES = 100;

    private final UiLoop ui;
    private final ForumParts forum;
    private final BoardTree tree;
    private final ThreadListPane threads;
    private boolean listFocused;
    private boolean started;

    public ForumView(UiLoop ui, ForumParts forum) {
        this.ui = ui;
        this.forum = forum;
        this.threads = new ThreadListPane(ui, forum);
        this.tree = new BoardTree(ui, forum, this::openBoard);
    }

    private void start() {
        started = true;
        if (!forum.readable()) {
            return;
        }
        tree.load(() -> {
            if (tree.selectedFid() > 0 && !threads.loaded() && !listFocused && ui.bodyWidth() >= TWO_PANES) {
                threads.load(tree.selectedFid(), 1, 0, () -> { });
            }
        });
    }

    /** Shows a board's threads once loaded; until then (and when the load fails) the tree stays. */
    void openBoard(int fid) {
        threads.load(fid, 1, 0, () -> listFocused = true);
    }

    private static boolean twoPanes(int width) {
        return width >= TWO_PANES;
    }

    private static int left(int width) {
        return Math.min(32, width / 3);
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        if (!started) {
            start();
        }
        if (!forum.readable()) {
            ui.painter().paint(g, 0, 0, width, StyledLine.of(ui.texts().get("tui.forum.none"), Style.META),
                    Style.NORMAL);
            return;
        }
        if (!twoPanes(width)) {
            if (listFocused) {
                threads.draw(g, 0, width, height, true, false);
            } else {
                tree.draw(g, 0, width, height, true);
            }
            return;
        }
        int left = left(width);
        tree.draw(g, 0, left, height, !listFocused);
        String bar = ui.breaker().widths().ambiguousWide() ? "|" : "│";
        for (int r = 0; r < height; r++) {
            ui.painter().paint(g, left, r, 1, StyledLine.of(bar, Style.META), Style.NORMAL);
        }
        threads.draw(g, left + 1, width - left - 1, height, listFocused, true);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        int height = ui.bodyHeight();
        if (action == KeyAction.FORUM_NEW_THREAD) {
            newThread();
            return true;
        }
        if (action == KeyAction.FORUM_JUMP) {
            ui.ask(ui.texts().get("tui.forum.open.prompt"), this::openThread);
            return true;
        }
        if (action == KeyAction.FORUM_REPLY || action == KeyAction.FORUM_QUOTE || action == KeyAction.FORUM_AUTHOR
                || action == KeyAction.FORUM_UNFOLD) {
            ui.message(ui.texts().get("tui.forum.inThread"));
            return true;
        }
        if (action == KeyAction.FAVORITES) {
            ThreadFavoritesView.open(ui, forum);
            return true;
        }
        if (action == KeyAction.FAVORITE) {
            var row = listFocused ? threads.selected() : null;
            if (row == null) {
                ui.message(ui.texts().get("tui.forum.favoritePick"));
            } else {
                ThreadFavoriting.favorite(ui, forum, row.tid());
            }
            return true;
        }
        if (listFocused) {
            if (action == KeyAction.BACK) {
                listFocused = false;
                return true;
            }
            return threads.handle(action, height);
        }
        if (action == KeyAction.OPEN && !tree.loaded()) {
            return true;
        }
        return tree.handle(action, height);
    }

    /** Starts a thread in the board whose list is shown. */
    private void newThread() {
        if (!threads.loaded() || !listFocused && !twoPanes(ui.bodyWidth())) {
            ui.message(ui.texts().get("tui.forum.newThread.noBoard"));
            return;
        }
        new NewThreadFlow(ui, forum, threads.board().fid(), threads.board().name(), threads.breadcrumb(),
                threads::reload).start();
    }

    /** ":123" opens thread 123; ":f2" board 2. */
    private void openThread(String input) {
        String s = input.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (s.startsWith("f")) {
                int fid = Integer.parseInt(s.substring(1).strip());
                tree.select(fid);
                openBoard(fid);
                return;
            }
            long tid = Long.parseLong(s.startsWith("t") ? s.substring(1).strip() : s);
            if (tid < 1) {
                throw new NumberFormatException(s);
            }
            ui.open(new ThreadView(ui, forum, tid, 1, threads.breadcrumb(), String.valueOf(tid)));
        } catch (NumberFormatException e) {
            ui.error(ui.texts().get("tui.forum.open.bad"));
        }
    }

    /** In two panes, the pointer's pane takes the focus; in one, the pane shown is the one under it. */
    private void focusAt(int column) {
        int width = ui.bodyWidth();
        if (twoPanes(width) && column != left(width)) {
            listFocused = column > left(width) && threads.loaded();
        }
    }

    @Override
    public void click(int column, int row) {
        focusAt(column);
        if (listFocused) {
            threads.click(row, ui.bodyHeight());
        } else if (tree.loaded()) {
            tree.click(row, ui.bodyHeight());
        }
    }

    @Override
    public void wheel(int column, int row, int lines) {
        focusAt(column);
        View.super.wheel(column, row, lines);
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        crumbs.add(ui.texts().get("tui.forum.title"));
        if (listFocused || twoPanes(ui.bodyWidth())) {
            crumbs.addAll(threads.breadcrumb());
        }
        return crumbs;
    }

    @Override
    public String position() {
        return listFocused ? threads.position() : tree.position();
    }

    @Override
    public String link() {
        return listFocused ? threads.link() : null;
    }

    @Override
    public boolean search(String query, boolean forward) {
        return listFocused ? threads.search(query, forward) : tree.search(query, forward);
    }

    @Override
    public void reload() {
        if (!forum.readable()) {
            return;
        }
        if (threads.loaded()) {
            threads.reload();
        } else if (tree.selectedFid() > 0) {
            forum.source().forgetBoard(tree.selectedFid());
        }
        if (!listFocused) {
            tree.load(() -> { });
        }
    }

    /** Whether the thread list has the focus (else the board tree). */
    boolean listFocused() {
        return listFocused;
    }
}
