package dev.fenghuang.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;

/**
 * A tree beside a list, as the portal's first screen (categories, articles) and the forum tab's (boards, threads)
 * show them: both side by side when the window is {@link #WIDE} columns or more, one at a time when narrower. The
 * focused pane takes the keys; back from the list returns to the tree; the pointer's pane takes the focus.
 */
public final class TwoPanes {
    /** Windows at least this wide show both panes. */
    public static final int WIDE = 100;

    /** What both panes offer. */
    public interface Pane {
        boolean loaded();

        boolean handle(KeyAction action, int height);

        void click(int row, int height);

        String position();

        boolean search(String query, boolean forward);
    }

    /** The tree on the left. */
    public interface TreePane extends Pane {
        void draw(TextGraphics g, int col, int width, int height, boolean focused);
    }

    /** The list on the right, which is drawn taller in a wide window and links to its selected entry. */
    public interface ListPane extends Pane {
        void draw(TextGraphics g, int col, int width, int height, boolean focused, boolean wideWindow);

        String link();
    }

    private final Ui ui;
    private final TreePane tree;
    private final ListPane list;
    private boolean listFocused;

    public TwoPanes(Ui ui, TreePane tree, ListPane list) {
        this.ui = ui;
        this.tree = tree;
        this.list = list;
    }

    public static boolean wide(int width) {
        return width >= WIDE;
    }

    private static int left(int width) {
        return Math.min(32, width / 3);
    }

    /** Whether the list has the focus (else the tree). */
    public boolean listFocused() {
        return listFocused;
    }

    public void focusList(boolean focused) {
        listFocused = focused;
    }

    public void draw(TextGraphics g, int width, int height) {
        if (!wide(width)) {
            if (listFocused) {
                list.draw(g, 0, width, height, true, false);
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
        list.draw(g, left + 1, width - left - 1, height, listFocused, true);
    }

    /** A key for the focused pane: back from the list goes to the tree; Enter waits for the tree to load. */
    public boolean handle(KeyAction action) {
        int height = ui.bodyHeight();
        if (listFocused) {
            if (action == KeyAction.BACK) {
                listFocused = false;
                return true;
            }
            return list.handle(action, height);
        }
        if (action == KeyAction.OPEN && !tree.loaded()) {
            return true;
        }
        return tree.handle(action, height);
    }

    /** In two panes, the pointer's pane takes the focus; in one, the pane shown is the one under it. */
    public void pointedAt(int column) {
        int width = ui.bodyWidth();
        if (wide(width) && column != left(width)) {
            listFocused = column > left(width) && list.loaded();
        }
    }

    public void click(int column, int row) {
        pointedAt(column);
        if (listFocused) {
            list.click(row, ui.bodyHeight());
        } else if (tree.loaded()) {
            tree.click(row, ui.bodyHeight());
        }
    }

    public String position() {
        return listFocused ? list.position() : tree.position();
    }

    public String link() {
        return listFocused ? list.link() : null;
    }

    public boolean search(String query, boolean forward) {
        return listFocused ? list.search(query, forward) : tree.search(query, forward);
    }
}
