package dev.fenghuang.tui;

import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.image.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * A box of rows centred over the body (the sign-in form, the captcha), with a blank row above and below when there
 * is room; in a window too small for it, only the rows around the one with the cursor.
 */
public final class Box {
    public static final int MAX_WIDTH = 60;

    private Box() {
    }

    private static boolean framed(int rows, int height) {
        return height >= rows + 2;
    }

    private static int top(int rows, int height) {
        return framed(rows, height) ? (height - rows - 2) / 2 : 0;
    }

    /**
     * The first row shown when the box does not fit: as many as fit, with the row after {@code focus} in view too
     * where there is one (the status bar may take the body's last row in a narrow window).
     */
    private static int first(int rows, int height, int focus) {
        int after = focus + 1 < rows && height > 2 ? 1 : 0;
        return framed(rows, height) ? 0 : Math.max(0, Math.min(focus + after - height + 1, rows - height));
    }

    /**
     * Draws the box; returns the pictures (a captcha) whose rows are all in it, in body cells, for drawing them as
     * images over their half blocks.
     */
    public static List<Placement> draw(TextGraphics g, RowPainter painter, List<StyledLine> rows, int width, int height,
                                int focus) {
        int w = Math.min(MAX_WIDTH, width);
        int left = (width - w) / 2;
        boolean framed = framed(rows.size(), height);
        int shown = framed ? rows.size() + 2 : height;
        int top = top(rows.size(), height);
        int first = first(rows.size(), height, focus);
        int edge = w >= 4 ? 1 : 0;
        List<Placement> pictures = new ArrayList<>();
        for (int r = 0; r < shown; r++) {
            int i = framed ? r - 1 : first + r;
            StyledLine line = i >= 0 && i < rows.size() ? rows.get(i) : StyledLine.EMPTY;
            painter.paint(g, left, top + r, edge, StyledLine.EMPTY, Style.SELECTED);
            painter.paint(g, left + edge, top + r, w - 2 * edge, line, Style.NORMAL);
            painter.paint(g, left + w - edge, top + r, edge, StyledLine.EMPTY, Style.SELECTED);
            StyledLine.PictureRow p = line.pictureRow();
            if (p != null && p.index() == 0 && r + p.rows() <= shown && p.offset() + p.columns() <= w - 2 * edge) {
                pictures.add(new Placement(p.picture(), left + edge + p.offset(), top + r, p.columns(), p.rows()));
            }
        }
        return List.copyOf(pictures);
    }

    /** Where the cursor goes: at {@code column} of row {@code focus} in a box of {@code rows} rows. */
    public static TerminalPosition cursor(int width, int height, int rows, int focus, int column) {
        int w = Math.min(MAX_WIDTH, width);
        int left = (width - w) / 2 + (w >= 4 ? 1 : 0);
        int row = top(rows, height) + (framed(rows, height) ? focus + 1 : focus - first(rows, height, focus));
        return new TerminalPosition(Math.max(0, Math.min(width - 1, left + column)),
                Math.max(0, Math.min(height - 1, row)));
    }
}
