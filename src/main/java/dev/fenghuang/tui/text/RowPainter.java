package dev.fenghuang.tui.text;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.screen.CellWidths;
import java.util.EnumMap;
import java.util.Map;

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
        if (cut && x < end) {
            g.setCharacter(x++, row, cell(ellipsis.codePointAt(0), fill));
        }
        TextCharacter space = cell(' ', fill);
        while (x < end) {
            g.setCharacter(x++, row, space);
        }
    }

    /**
     * The cell of one drawable code point in a style's look, as {@link Glyphs#cells} and {@link #styled} make it, made
     * by {@link CellWidths#sized(int, TextColor, TextColor, java.util.EnumSet)}: the first frame of an article makes
     * hundreds.
     */
    TextCharacter cell(int codePoint, Style style) {
        StyleCells made = cells.get(style);
        TextCharacter cell = made.get(codePoint);
        if (cell == null) {
            Palette.Look look = palette.look(style);
            cell = CellWidths.sized(codePoint, look.foreground(), look.background(), look.modifiers());
            made.put(codePoint, cell);
        }
        return cell;
    }

    /**
     * The cells made in one style, in an open-addressing table keyed by code point (a look-up is a multiply and an
     * array read or two, where a map boxed the code point and hashed it). Pages of 256 code points were 1 KB each for
     * the three or four Chinese characters a page held: 350 KB of a reader's heap after 300 articles (issue 13). Past
     * {@link #CELLS_PER_STYLE} the cells are all dropped and made again as they come. Cells are added under the lock
     * and read without it: a slot's key is written after its cell and stays in its table, so a reader racing a writer
     * finds a cell made for the code point or nothing, and makes it again.
     */
    private static final class StyleCells {
        private static final int FIRST_CAPACITY = 64;

        /** Keys are code points plus one (zero is an empty slot), at the same index as their cells. */
        private record Table(int[] keys, TextCharacter[] cells) {
            Table(int capacity) {
                this(new int[capacity], new TextCharacter[capacity]);
            }

            int slot(int key) {
                int mask = keys.length - 1;
                int i = (key * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask); // the top bits: Fibonacci hashing
                while (keys[i] != 0 && keys[i] != key) {
                    i = (i + 1) & mask;
                }
                return i;
            }
        }

        private volatile Table table = new Table(FIRST_CAPACITY);
        private int made;

        TextCharacter get(int codePoint) {
            Table t = table;
            int i = t.slot(codePoint + 1);
            return t.keys[i] == 0 ? null : t.cells[i];
        }

        synchronized void put(int codePoint, TextCharacter cell) {
            Table t = table;
            if (made >= CELLS_PER_STYLE) {
                t = new Table(FIRST_CAPACITY);
                made = 0;
            } else if ((made + 1) * 4 > t.keys.length * 3) {
                t = grown(t);
            }
            int key = codePoint + 1;
            int i = t.slot(key);
            if (t.keys[i] == 0) {
                made++;
            }
            t.cells[i] = cell;
            t.keys[i] = key;
            table = t;
        }

        private static Table grown(Table t) {
            Table bigger = new Table(t.keys.length * 2);
            for (int i = 0; i < t.keys.length; i++) {
                if (t.keys[i] != 0) {
                    int j = bigger.slot(t.keys[i]);
                    bigger.cells[j] = t.cells[i];
                    bigger.keys[j] = t.keys[i];
                }
            }
            return bigger;
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
