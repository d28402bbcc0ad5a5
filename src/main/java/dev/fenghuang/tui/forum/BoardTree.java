package dev.fenghuang.tui.forum;

import dev.fenghuang.tui.TwoPanes;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.BoardSummary;
import dev.fenghuang.model.forum.ForumCategory;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.text.PickList;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The forum index as a tree: each category (分区) with its boards under it and their sub-boards under them, a board's
 * posts today after its name. Enter on a board opens its threads.
 */
final class BoardTree implements TwoPanes.TreePane {
    private final UiLoop ui;
    private final ForumParts forum;
    private final IntConsumer open;
    private final PickList list;
    /** The board id of each row, 0 for a category's row. */
    private List<Integer> fids = List.of();
    private List<String> names = List.of();
    private ForumIndex index;
    /** Whether the tree's last load was cancelled before it came, so that nothing brings it. */
    private boolean dropped;

    BoardTree(UiLoop ui, ForumParts forum, IntConsumer open) {
        this.ui = ui;
        this.forum = forum;
        this.open = open;
        this.list = new PickList(ui.painter());
    }

    void load(Runnable shown) {
        dropped = false;
        ui.load(() -> forum.source().index(), i -> {
            show(i);
            shown.run();
        }, () -> dropped = true);
    }

    /** Loads the tree again if its load was cancelled before it came and it has none; {@code shown} as for a load. */
    void loadIfDropped(Runnable shown) {
        if (dropped && !loaded()) {
            load(shown);
        }
    }

    private void show(ForumIndex i) {
        index = i;
        List<StyledLine> rows = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ForumCategory c : i.categories()) {
            rows.add(StyledLine.of(TerminalText.clean(c.name()), Style.HEADING));
            ids.add(0);
            labels.add(c.name());
            for (BoardSummary b : c.boards()) {
                String today = b.today() > 0 ? " (" + b.today() + ")" : "";
                rows.add(StyledLine.of(new StyledLine.Span("  " + TerminalText.clean(b.name()), Style.NORMAL),
                        new StyledLine.Span(today, Style.META)));
                ids.add(b.fid());
                labels.add(b.name());
                for (BoardLink sub : b.subBoards()) {
                    rows.add(StyledLine.of("    └ " + TerminalText.clean(sub.name()), Style.NORMAL));
                    ids.add(sub.fid());
                    labels.add(sub.name());
                }
            }
        }
        if (rows.isEmpty()) {
            rows.add(StyledLine.of(ui.texts().get("tui.forum.noBoards"), Style.META));
            ids.add(0);
            labels.add("");
        }
        fids = ids;
        names = labels;
        list.show(rows, true);
        if (fids.get(list.selected()) == 0) {
            list.handle(KeyAction.DOWN, 1);
        }
    }

    @Override
    public boolean loaded() {
        return index != null;
    }

    /** The board selected, 0 on a category. */
    int selectedFid() {
        return fids.isEmpty() ? 0 : fids.get(list.selected());
    }

    /** Selects board {@code fid} if the tree has it. */
    void select(int fid) {
        int i = fids.indexOf(fid);
        if (i >= 0) {
            list.select(i);
        }
    }

    String name(int fid) {
        int i = fids.indexOf(fid);
        return i < 0 ? "" : names.get(i);
    }

    @Override
    public boolean handle(KeyAction action, int height) {
        if (index == null) {
            return false;
        }
        if (action == KeyAction.OPEN) {
            if (selectedFid() > 0) {
                open.accept(selectedFid());
            }
            return true;
        }
        return list.handle(action, height);
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
    public void draw(TextGraphics g, int col, int width, int height, boolean focused) {
        list.draw(g, col, width, height, focused);
    }

    @Override
    public boolean search(String query, boolean forward) {
        return list.search(query, forward);
    }

    @Override
    public String position() {
        return list.position();
    }
}
