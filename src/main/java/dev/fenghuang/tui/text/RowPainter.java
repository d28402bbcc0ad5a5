package dev.fenghuang.tui.text;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.screen.CellWidths;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies styled lines onto the screen. Every cell of the given width is written (the rest of the row with spaces),
 * so nothing from the previous frame stays behind and the screen never needs clearing; a line wider than the room
 * is cut at a character boundary and ends with an ellipsis.
 */
public final class RowPainter {
    /** Cells kept per style; past this a style's cells are dropped and made again as they come. */
    static final int CELLS_PER_STYLE = 8192;

    private final Glyphs glyphs;
    /**
     * The cell of each code point drawn in each style so far: Lanterna's {@code TextCharacter.fromString} scans its
     * text for graphemes, emoji and double width each time, and a frame of an article asks for thousands of cells
     * that the frame before already made.
     */
    private final Map<Style, StyleCells> cells = new EnumMap<>(Style.class);
    private final Palette palette;
    private final String ellipsis;

    public RowPainter(Glyphs glyphs, Palette palette) {
        this.glyphs = glyphs;
        this.palette = palette;
        this.ellipsis = glyphs.widths().of('…') == 1 ? "…" : ">";
        for (Style style : Style.values()) {
            cells.put(style, new StyleCells());
        }
    }

    Palette palette() {
        return palette;
    }

    public ColumnWidth widths() {
        return glyphs.widths();
    }

    /**
     * Draws {@code line} at (col, row), filling exactly {@code width} columns; {@code fill} styles the rest. Each span
     * passes {@link TerminalText} once more here, the last line of defence, whatever its layout forgot to clean.
     */
    public void paint(TextGraphics g, int col, int row, int width, StyledLine line, Style fill) {
        if (width <= 0) {
            return;
        }
        int x = col;
        int end = col + width;
        for (TextCharacter c : line.cells()) {
            if (x >= end) {
                break;
            }
            g.setCharacter(x++, row, c);
        }
        boolean cut = widths().of(line.text()) > width;
        int limit = cut ? end - 1 : end;
        outer:
        for (StyledLine.Span span : line.spans()) {
            String drawable = glyphs.drawable(TerminalText.clean(span.text()));
            for (int i = 0; i < drawable.length(); ) {
                int cp = drawable.codePointAt(i);
                TextCharacter c = cell(cp, span.style());
                int w = CellWidths.isDoubleWidth(c) ? 2 : 1;
                if (x + w > limit) {
                    break outer;
                }
                g.setCharacter(x, row, c);
                x += w;
                i += Character.charCount(cp);
            }
        }
        Palette.Look blank = palette.look(fill);
        if (cut && x < end) {
            g.setCharacter(x++, row, styled(TextCharacter.fromString(ellipsis)[0], blank));
        }
        TextCharacter space = styled(TextCharacter.fromCharacter(' ')[0], blank);
        while (x < end) {
            g.setCharacter(x++, row, space);
        }
    }

    /** The cell of one drawable code point in a style's look, as {@link Glyphs#cells} and {@link #styled} make it. */
    TextCharacter cell(int codePoint, Style style) {
        StyleCells made = cells.get(style);
        TextCharacter cell = made.get(codePoint);
        if (cell == null) {
            cell = styled(TextCharacter.fromString(Character.toString(codePoint))[0], palette.look(style));
            made.put(codePoint, cell);
        }
        return cell;
    }

    /**
     * The cells made in one style: those of the basic plane in pages of 256 code points, made as text needs them
     * (a look-up is two array reads, where a map boxed the code point and hashed it), the others in a map. Past
     * {@link #CELLS_PER_STYLE} they are all dropped and made again as they come.
     */
    private static final class StyleCells {
        private static final int PAGE = 256;
        private volatile TextCharacter[][] pages = new TextCharacter[(Character.MAX_VALUE + 1) / PAGE][];
        private final Map<Integer, TextCharacter> beyond = new ConcurrentHashMap<>();
        private final AtomicInteger made = new AtomicInteger();

        TextCharacter get(int codePoint) {
            if (codePoint > Character.MAX_VALUE) {
                return beyond.get(codePoint);
            }
            TextCharacter[] page = pages[codePoint / PAGE];
            return page == null ? null : page[codePoint % PAGE];
        }

        void put(int codePoint, TextCharacter cell) {
            if (made.incrementAndGet() > CELLS_PER_STYLE) {
                pages = new TextCharacter[pages.length][];
                beyond.clear();
                made.set(1);
            }
            if (codePoint > Character.MAX_VALUE) {
                beyond.put(codePoint, cell);
                return;
            }
            TextCharacter[][] all = pages;
            TextCharacter[] page = all[codePoint / PAGE];
            if (page == null) {
                page = new TextCharacter[PAGE];
                all[codePoint / PAGE] = page;
            }
            page[codePoint % PAGE] = cell;
        }
    }

    /**
     * The cell in the look's colours and attributes. Built whole: Lanterna 3.1's {@code withModifiers} compares the
     * new set with itself and returns the cell unchanged, which is how bold, reverse and underline used to be lost.
     * It knows its width ({@link CellWidths#sized}): the screen asks it for every cell of every frame.
     */
    static TextCharacter styled(TextCharacter cell, Palette.Look look) {
        return CellWidths.sized(TextCharacter.fromString(cell.getCharacterString(), look.foreground(),
                look.background(), look.modifiers())[0]);
    }
}
