package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * Writes a frame's cells to the terminal as Lanterna's {@code TerminalScreen} does in its full and its delta refresh,
 * the same commands in the same order, without what those cost for each cell written: Lanterna asks a cell for its
 * modifiers once or twice for each of the nine it knows, and each answer is a copy of the cell's set; its delta keeps
 * every changed cell in a sorted map, under a position made for it. Here a cell's modifiers are bits asked once
 * ({@link CellWidths#modifierBits}), and a changed row is gathered in one array, written left to right.
 */
final class Repaint {
    private static final SGR[] MODIFIERS = SGR.values();

    private Repaint() {
    }

    /** Lanterna's full refresh: clears the terminal, then writes every cell of {@code back} but the blank ones. */
    static void whole(Terminal terminal, ScreenBuffer back, TerminalSize size) throws IOException {
        terminal.setForegroundColor(TextColor.ANSI.DEFAULT);
        terminal.setBackgroundColor(TextColor.ANSI.DEFAULT);
        terminal.clearScreen();
        terminal.resetColorAndSGR();
        Pen pen = new Pen(terminal, 0, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        for (int y = 0; y < size.getRows(); y++) {
            terminal.setCursorPosition(0, y);
            int column = 0;
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter cell = back.getCharacterAt(x, y);
                if (cell.equals(Screen.DEFAULT_CHARACTER)) {
                    continue;
                }
                pen.take(cell);
                if (column != x) {
                    terminal.setCursorPosition(x, y);
                    column = x;
                }
                terminal.putString(cell.getCharacterString());
                if (CellWidths.isDoubleWidth(cell)) {
                    column += 2;
                    x++;
                } else {
                    column++;
                }
            }
        }
    }

    /**
     * Lanterna's delta refresh after its scroll: writes the cells of {@code back} that {@code front} does not show,
     * and a space for the right half of a wide character shown where {@code back} has a narrow one.
     */
    static void changes(Terminal terminal, ScreenBuffer back, ScreenBuffer front, TerminalSize size)
            throws IOException {
        int columns = size.getColumns();
        TextCharacter[] changed = new TextCharacter[columns];
        Pen pen = null;
        int atColumn = 0;
        int atRow = 0;
        for (int y = 0; y < size.getRows(); y++) {
            if (!changedCells(back, front, y, changed)) {
                continue;
            }
            for (int x = 0; x < columns; x++) {
                TextCharacter cell = changed[x];
                if (cell == null) {
                    continue;
                }
                changed[x] = null;
                if (pen == null) {
                    terminal.setCursorPosition(x, y);
                    pen = Pen.start(terminal, cell); // in the first cell's attributes: nothing more to set for it
                } else {
                    if (x != atColumn || y != atRow) {
                        terminal.setCursorPosition(x, y);
                    }
                    pen.take(cell);
                }
                atRow = y;
                terminal.putString(cell.getCharacterString());
                atColumn = x + (CellWidths.isDoubleWidth(cell) ? 2 : 1);
            }
        }
    }

    /**
     * Fills {@code changed} with the cells of row {@code y} to write, as Lanterna's delta picks them (a later pick of
     * a column replaces an earlier one); whether there is any.
     */
    private static boolean changedCells(ScreenBuffer back, ScreenBuffer front, int y, TextCharacter[] changed) {
        boolean any = false;
        int columns = changed.length;
        for (int x = 0; x < columns; x++) {
            TextCharacter wanted = back.getCharacterAt(x, y);
            TextCharacter shown = front.getCharacterAt(x, y);
            if (!wanted.equals(shown)) {
                changed[x] = wanted;
                any = true;
            }
            if (CellWidths.isDoubleWidth(wanted)) {
                x++;
            } else if (CellWidths.isDoubleWidth(shown) && x + 1 < columns) {
                changed[x + 1] = shown.withCharacter(' ');
                any = true;
            }
        }
        return any;
    }

    /** Whether at least three quarters of the cells differ, when Lanterna's automatic refresh draws all anew. */
    static boolean veryDifferent(ScreenBuffer back, ScreenBuffer front, TerminalSize size) {
        int threshold = (int) (size.getRows() * size.getColumns() * 0.75);
        int differences = 0;
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                if (!back.getCharacterAt(x, y).equals(front.getCharacterAt(x, y)) && ++differences >= threshold) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The colours and modifiers the terminal was last given, and the commands that change them for a cell. */
    private static final class Pen {
        private final Terminal terminal;
        private int modifiers;
        private TextColor foreground;
        private TextColor background;

        Pen(Terminal terminal, int modifiers, TextColor foreground, TextColor background) {
            this.terminal = terminal;
            this.modifiers = modifiers;
            this.foreground = foreground;
            this.background = background;
        }

        /** Lanterna's start of a delta: plain attributes, then the first cell's modifiers and colours. */
        static Pen start(Terminal terminal, TextCharacter first) throws IOException {
            int modifiers = CellWidths.modifierBits(first);
            terminal.resetColorAndSGR();
            for (SGR sgr : MODIFIERS) {
                if ((modifiers & 1 << sgr.ordinal()) != 0) {
                    terminal.enableSGR(sgr);
                }
            }
            terminal.setForegroundColor(first.getForegroundColor());
            terminal.setBackgroundColor(first.getBackgroundColor());
            return new Pen(terminal, modifiers, first.getForegroundColor(), first.getBackgroundColor());
        }

        /** Sets the colours, then the modifiers (in Lanterna's order, each one that differs), of {@code cell}. */
        void take(TextCharacter cell) throws IOException {
            if (!foreground.equals(cell.getForegroundColor())) {
                foreground = cell.getForegroundColor();
                terminal.setForegroundColor(foreground);
            }
            if (!background.equals(cell.getBackgroundColor())) {
                background = cell.getBackgroundColor();
                terminal.setBackgroundColor(background);
            }
            int wanted = CellWidths.modifierBits(cell);
            if (wanted == modifiers) {
                return;
            }
            for (SGR sgr : MODIFIERS) {
                int bit = 1 << sgr.ordinal();
                if ((modifiers & bit) != 0 && (wanted & bit) == 0) {
                    terminal.disableSGR(sgr);
                } else if ((modifiers & bit) == 0 && (wanted & bit) != 0) {
                    terminal.enableSGR(sgr);
                }
            }
            modifiers = wanted;
        }
    }
}
