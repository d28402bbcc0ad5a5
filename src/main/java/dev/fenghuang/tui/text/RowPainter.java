package dev.fenghuang.tui.text;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * Copies styled lines onto the screen. Every cell of the given width is written (the rest of the row with spaces),
 * so nothing from the previous frame stays behind and the screen never needs clearing; a line wider than the room
 * is cut at a character boundary and ends with an ellipsis.
 */
public final class RowPainter {
    private final Glyphs glyphs;
    private final Palette palette;
    private final String ellipsis;

    public RowPainter(Glyphs glyphs, Palette palette) {
        this.glyphs = glyphs;
        this.palette = palette;
        this.ellipsis = glyphs.widths().of('…') == 1 ? "…" : ">";
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
            Palette.Look look = palette.look(span.style());
            for (TextCharacter c : Glyphs.cells(glyphs.drawable(TerminalText.clean(span.text())))) {
                int w = c.isDoubleWidth() ? 2 : 1;
                if (x + w > limit) {
                    break outer;
                }
                g.setCharacter(x, row, styled(c, look));
                x += w;
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

    /**
     * The cell in the look's colours and attributes. Built whole: Lanterna 3.1's {@code withModifiers} compares the
     * new set with itself and returns the cell unchanged, which is how bold, reverse and underline used to be lost.
     */
    static TextCharacter styled(TextCharacter cell, Palette.Look look) {
        return TextCharacter.fromString(cell.getCharacterString(), look.foreground(), look.background(),
                look.modifiers())[0];
    }
}
