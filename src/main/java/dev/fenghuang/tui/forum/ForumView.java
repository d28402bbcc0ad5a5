package dev.fenghuang.tui.forum;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.TwoPanes;
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
    private final UiLoop ui;
    private final ForumParts forum;
    private final BoardTree tree;
    private final ThreadListPane threads;
    private final TwoPanes panes;
    private boolean started;

    public ForumView(UiLoop ui, ForumParts forum) {
        this.ui = ui;
        this.forum = forum;
        this.threads = new ThreadListPane(ui, forum);
        this.tree = new BoardTree(ui, forum, this::openBoard);
        this.panes = new TwoPanes(ui, tree, threads);
    }

    private void start() {
        started = true;
        if (!forum.readable()) {
            return;
        }
        tree.load(this::treeLoaded);
    }

    /** In a wide window with no thread list shown yet, the selected board's threads go beside the tree. */
    private void treeLoaded() {
        if (tree.selectedFid() > 0 && !threads.loaded() && !panes.listFocused() && TwoPanes.wide(ui.bodyWidth())) {
            threads.load(tree.selectedFid(), 1, 0, () -> { });
        }
    }

    /**
     * The tree is shown again (back from the threads, back from a view above): if a cancel dropped its load (a q that
     * left the threads while the tree still loaded), it loads again rather than staying blank.
     */
    @Override
    public void shownAgain() {
        if (started && forum.readable()) {
            tree.loadIfDropped(this::treeLoaded);
        }
    }

    /** Shows a board's threads once loaded; until then (and when the load fails) the tree stays. */
    void openBoard(int fid) {
        threads.load(fid, 1, 0, () -> panes.focusList(true));
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
        panes.draw(g, width, height);
    }

    @Override
    public boolean handle(KeyAction action, int count) {
        if (action == KeyAction.FORUM_NEW_THREAD) {
            newThread();
            return true;
        }
        if (action == KeyAction.FORUM_JUMP) {
            ui.ask(ui.texts().get("tui.forum.open.prompt"), this::openThread);
            return true;
        }
        if (action == KeyAction.FORUM_REPLY || action == KeyAction.FORUM_QUOTE || action == KeyAction.FORUM_AUTHOR
                || action == KeyAction.FORUM_UNFOLD || action == KeyAction.EDIT || action == KeyAction.DELETE) {
            ui.message(ui.texts().get("tui.forum.inThread"));
            return true;
        }
        if (action == KeyAction.FAVORITES) {
            ThreadFavoritesView.open(ui, forum);
            return true;
        }
        if (action == KeyAction.FAVORITE) {
            var row = panes.listFocused() ? threads.selected() : null;
            if (row == null) {
                ui.message(ui.texts().get("tui.forum.favoritePick"));
            } else {
                ThreadFavoriting.favorite(ui, forum, row.tid());
            }
            return true;
        }
        boolean fromList = panes.listFocused();
        boolean handled = panes.handle(action);
        if (fromList && !panes.listFocused()) {
            shownAgain();
        }
        return handled;
    }

    /** Starts a thread in the board whose list is shown. */
    private void newThread() {
        if (!threads.loaded() || !panes.listFocused() && !TwoPanes.wide(ui.bodyWidth())) {
            ui.message(ui.texts().get("tui.forum.newThread.noBoard"));
            return;
        }
        new NewThreadFlow(ui, forum, threads.board().fid(), threads.board().name(), threads.breadcrumb(),
                threads::reloadBehind).start();
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

    @Override
    public void click(int column, int row) {
        panes.click(column, row);
    }

    @Override
    public void wheel(int column, int row, int lines) {
        panes.pointedAt(column);
        View.super.wheel(column, row, lines);
    }

    @Override
    public List<String> breadcrumb() {
        List<String> crumbs = new ArrayList<>();
        crumbs.add(ui.texts().get("tui.forum.title"));
        if (panes.listFocused() || TwoPanes.wide(ui.bodyWidth())) {
            crumbs.addAll(threads.breadcrumb());
        }
        return crumbs;
    }

    @Override
    public String position() {
        return panes.position();
    }

    @Override
    public String link() {
        return panes.link();
    }

    @Override
    public boolean search(String query, boolean forward) {
        return panes.search(query, forward);
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
        if (!panes.listFocused()) {
            tree.load(() -> { });
        }
    }

    /** Whether the thread list has the focus (else the board tree). */
    boolean listFocused() {
        return panes.listFocused();
    }
}
