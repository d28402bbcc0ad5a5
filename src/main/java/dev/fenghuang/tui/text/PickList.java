package dev.fenghuang.tui.text;

import dev.fenghuang.tui.KeyAction;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/**
 * Rows with one selected, seen through a window: the sections and the article list are each one. An entry may have
 * a second line of details (the article list's summary and comment count), shown under it when drawn tall.
 */
public final class PickList {
    private final RowPainter painter;
    private List<StyledLine> rows = List.of();
    private List<StyledLine> details = List.of();
    private int selected;
    private int top;
    /** Screen rows an entry took at the last draw: 2 when drawn tall with its detail line. */
    private int rowsPerEntry = 1;

    public PickList(RowPainter painter) {
        this.painter = painter;
    }

    public void show(List<StyledLine> newRows, boolean keepSelection) {
        show(newRows, List.of(), keepSelection);
    }

    /** New rows with their detail lines ({@code newDetails} as long as {@code newRows}, or empty for none). */
    public void show(List<StyledLine> newRows, List<StyledLine> newDetails, boolean keepSelection) {
        rows = newRows;
        details = newDetails.size() == newRows.size() ? List.copyOf(newDetails) : List.of();
        if (!keepSelection) {
            selected = 0;
            top = 0;
        }
        selected = Math.max(0, Math.min(selected, rows.size() - 1));
    }

    public int selected() {
        return selected;
    }

    int size() {
        return rows.size();
    }

    public void select(int index) {
        selected = Math.max(0, Math.min(index, rows.size() - 1));
    }

    /** The row drawn on screen row {@code row} at the last draw, or -1 where there is none. */
    public int rowAt(int row) {
        int i = top + row / rowsPerEntry;
        return row < 0 || i >= rows.size() ? -1 : i;
    }

    public boolean handle(KeyAction action, int height) {
        int page = Math.max(1, height / rowsPerEntry - 1);
        switch (action) {
            case DOWN -> select(selected + 1);
            case UP -> select(selected - 1);
            case PAGE_DOWN -> select(selected + page);
            case PAGE_UP -> select(selected - page);
            case TOP -> select(0);
            case BOTTOM -> select(rows.size() - 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Entries a window of {@code height} rows shows: half of them when the entries are drawn tall. */
    public int entries(int height, boolean tall) {
        return tall && !details.isEmpty() ? Math.max(1, height / 2) : height;
    }

    /** Draws the entries, each with its detail line under it when {@code tall} and there are details. */
    public void draw(TextGraphics g, int col, int width, int height, boolean focused, boolean tall) {
        if (!tall || details.isEmpty()) {
            draw(g, col, width, height, focused);
            return;
        }
        rowsPerEntry = 2;
        int shown = entries(height, true);
        place(shown);
        for (int r = 0; r < height; r++) {
            int i = top + r / 2;
            boolean entry = i < rows.size();
            boolean chosen = i == selected && entry;
            boolean mark = chosen && r % 2 == 0;
            StyledLine line = !entry ? StyledLine.EMPTY : r % 2 == 0 ? rows.get(i) : details.get(i);
            if (chosen && focused) {
                line = StyledLine.of(line.text(), Style.SELECTED);
            }
            painter.paint(g, col, r, 1, StyledLine.of(mark ? ">" : " ", Style.HEADING), Style.NORMAL);
            painter.paint(g, col + 1, r, width - 1, line, chosen && focused ? Style.SELECTED : Style.NORMAL);
        }
    }

    private void place(int height) {
        if (selected < top) {
            top = selected;
        } else if (selected >= top + height) {
            top = selected - height + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, rows.size() - height)));
    }

    public void draw(TextGraphics g, int col, int width, int height, boolean focused) {
        rowsPerEntry = 1;
        if (selected < top) {
            top = selected;
        } else if (selected >= top + height) {
            top = selected - height + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, rows.size() - height)));
        for (int r = 0; r < height; r++) {
            int i = top + r;
            StyledLine line = i < rows.size() ? rows.get(i) : StyledLine.EMPTY;
            boolean mark = i == selected && i < rows.size();
            if (mark && focused) {
                line = StyledLine.of(line.text(), Style.SELECTED);
            }
            painter.paint(g, col, r, 1, StyledLine.of(mark ? ">" : " ", Style.HEADING), Style.NORMAL);
            painter.paint(g, col + 1, r, width - 1, line, mark && focused ? Style.SELECTED : Style.NORMAL);
        }
    }

    /** Selects the next (or previous) row containing {@code query}; false when none does. */
    public boolean search(String query, boolean forward) {
        int n = rows.size();
        for (int step = 1; step <= n; step++) {
            int i = Math.floorMod(selected + (forward ? step : -step), n);
            if (rows.get(i).contains(query)) {
                selected = i;
                return true;
            }
        }
        return false;
    }

    public String position() {
        return rows.isEmpty() ? "" : (selected + 1) + "/" + rows.size();
    }
}
