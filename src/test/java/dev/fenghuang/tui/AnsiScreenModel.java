package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What an xterm-like terminal shows after the bytes a screen sent: cursor moves, SGR colours and modifiers, the
 * scroll region with line feed and reverse index, erases that fill with the background in force, and wide characters
 * whose other half is cleared to plain when one half is written over.
 */
final class AnsiScreenModel {
    /** One cell: its text ("" for the right half of a wide one), SGR foreground and background, bold, underline, reverse. */
    record Cell(String text, String fg, String bg, boolean bold, boolean underline, boolean reverse) {
        static final Cell BLANK = new Cell(" ", "39", "49", false, false, false);
    }

    private final Cell[][] cells;
    private int row;
    private int col;
    private int top;
    private int bottom;
    private Cell pen = Cell.BLANK;

    AnsiScreenModel(int columns, int rows) {
        cells = new Cell[rows][columns];
        for (Cell[] r : cells) {
            Arrays.fill(r, Cell.BLANK);
        }
        bottom = rows - 1;
    }

    void feed(String sent) {
        int i = 0;
        while (i < sent.length()) {
            char ch = sent.charAt(i);
            if (ch == 0x1B && i + 1 < sent.length() && sent.charAt(i + 1) == '[') {
                int end = i + 2;
                while (sent.charAt(end) < 0x40 || sent.charAt(end) > 0x7E) {
                    end++;
                }
                csi(sent.substring(i + 2, end), sent.charAt(end));
                i = end + 1;
            } else if (ch == 0x1B) {
                if (sent.charAt(i + 1) == 'M') {
                    reverseIndex();
                }
                i += 2;
            } else {
                int cp = sent.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    lineFeed();
                } else if (cp == '\r') {
                    col = 0;
                } else if (cp >= 0x20) {
                    put(cp);
                }
            }
        }
    }

    /** The cells that differ from what {@code frame} says each cell shows, as "row,col: shown / meant". */
    List<String> differencesFrom(BiFunction<Integer, Integer, TextCharacter> frame) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                TextCharacter meant = frame.apply(c, r);
                Cell want = new Cell(meant.getCharacterString(),
                        new String(meant.getForegroundColor().getForegroundSGRSequence()),
                        new String(meant.getBackgroundColor().getBackgroundSGRSequence()),
                        meant.getModifiers().contains(SGR.BOLD), meant.getModifiers().contains(SGR.UNDERLINE),
                        meant.getModifiers().contains(SGR.REVERSE));
                if (!looksAlike(cells[r][c], want)) {
                    out.add(r + "," + c + ": " + cells[r][c] + " / " + want);
                }
                if (meant.isDoubleWidth()) {
                    c++;
                }
            }
        }
        return out;
    }

    /** A blank's foreground and boldness do not show. */
    private static boolean looksAlike(Cell shown, Cell meant) {
        if (meant.text().equals(" ")) {
            return shown.text().equals(" ") && shown.bg().equals(meant.bg()) && shown.reverse() == meant.reverse()
                    && shown.underline() == meant.underline();
        }
        return shown.equals(meant);
    }

    private void put(int cp) {
        boolean wide = ColumnWidth.NARROW_AMBIGUOUS.of(cp) == 2;
        if (col >= cells[row].length) {
            return;
        }
        breakWide(col);
        if (wide && col + 1 < cells[row].length) {
            breakWide(col + 1);
        }
        cells[row][col] = withText(new String(Character.toChars(cp)));
        if (wide && col + 1 < cells[row].length) {
            cells[row][col + 1] = withText("");
            col++;
        }
        col++;
    }

    private Cell withText(String text) {
        return new Cell(text, pen.fg(), pen.bg(), pen.bold(), pen.underline(), pen.reverse());
    }

    private void breakWide(int c) {
        if (cells[row][c].text().isEmpty() && c > 0) {
            cells[row][c - 1] = Cell.BLANK;
        }
        if (c + 1 < cells[row].length && cells[row][c + 1].text().isEmpty()) {
            cells[row][c + 1] = Cell.BLANK;
        }
    }

    private Cell erased() {
        return new Cell(" ", "39", pen.bg(), false, false, false);
    }

    private void lineFeed() {
        if (row != bottom) {
            row = Math.min(row + 1, cells.length - 1);
            return;
        }
        for (int r = top; r < bottom; r++) {
            cells[r] = cells[r + 1];
        }
        cells[bottom] = blankRow();
    }

    private void reverseIndex() {
        if (row != top) {
            row = Math.max(row - 1, 0);
            return;
        }
        for (int r = bottom; r > top; r--) {
            cells[r] = cells[r - 1];
        }
        cells[top] = blankRow();
    }

    private Cell[] blankRow() {
        Cell[] r = new Cell[cells[0].length];
        Arrays.fill(r, erased());
        return r;
    }

    private void csi(String params, char command) {
        if (params.startsWith("?")) {
            return;
        }
        String[] p = params.isEmpty() ? new String[0] : params.split(";");
        switch (command) {
            case 'H' -> {
                row = p.length > 0 ? Integer.parseInt(p[0]) - 1 : 0;
                col = p.length > 1 ? Integer.parseInt(p[1]) - 1 : 0;
            }
            case 'r' -> {
                top = p.length > 0 ? Integer.parseInt(p[0]) - 1 : 0;
                bottom = p.length > 1 ? Integer.parseInt(p[1]) - 1 : cells.length - 1;
                row = 0;
                col = 0;
            }
            case 'm' -> sgr(p.length == 0 ? new String[] {"0"} : p);
            case 'J' -> {
                for (int r = 0; r < cells.length; r++) {
                    cells[r] = blankRow();
                }
            }
            case 'K' -> {
                for (int c = col; c < cells[row].length; c++) {
                    cells[row][c] = erased();
                }
            }
            default -> throw new IllegalArgumentException("CSI " + params + command + " is not modelled");
        }
    }

    private void sgr(String[] codes) {
        for (int i = 0; i < codes.length; i++) {
            int code = Integer.parseInt(codes[i]);
            Cell p = pen;
            if (code == 38 || code == 48) {
                int n = codes[i + 1].equals("5") ? 3 : 5;
                String colour = String.join(";", Arrays.copyOfRange(codes, i, i + n));
                pen = code == 38 ? new Cell(" ", colour, p.bg(), p.bold(), p.underline(), p.reverse())
                        : new Cell(" ", p.fg(), colour, p.bold(), p.underline(), p.reverse());
                i += n - 1;
            } else if (code == 0) {
                pen = Cell.BLANK;
            } else if (code == 1 || code == 22) {
                pen = new Cell(" ", p.fg(), p.bg(), code == 1, p.underline(), p.reverse());
            } else if (code == 4 || code == 24) {
                pen = new Cell(" ", p.fg(), p.bg(), p.bold(), code == 4, p.reverse());
            } else if (code == 7 || code == 27) {
                pen = new Cell(" ", p.fg(), p.bg(), p.bold(), p.underline(), code == 7);
            } else if (code >= 30 && code <= 39 || code >= 90 && code <= 97) {
                pen = new Cell(" ", codes[i], p.bg(), p.bold(), p.underline(), p.reverse());
            } else if (code >= 40 && code <= 49 || code >= 100 && code <= 107) {
                pen = new Cell(" ", p.fg(), codes[i], p.bold(), p.underline(), p.reverse());
            }
        }
    }
}
