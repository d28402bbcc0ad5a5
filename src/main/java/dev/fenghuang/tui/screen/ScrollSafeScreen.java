package dev.fenghuang.tui.screen;

import dev.fenghuang.tui.write.Writes;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * A screen that keeps two of the terminal's own habits from leaving cells in colours the frame did not draw.
 *
 * <p>It gives the terminal plain attributes (SGR 0) before it scrolls. Lanterna applies a scroll hint at the start
 * of a refresh, while the colours of the last cell drawn (the status bar's blue) are still set; xterm and tmux fill
 * the rows scrolled in with that background, and the cells the delta then skips, being blank on both sides, would
 * stay blue.
 *
 * <p>It draws again the cells of a wide character the frame half overwrites. A terminal that is sent a character
 * over one half of a wide one clears the other half to plain attributes; Lanterna's delta believes that other half
 * unchanged and never repaints it, leaving a hole (say, in the status bar when "?:帮助" replaces "第 2 处").
 *
 * <p>While it draws a frame it writes through a {@link SparingTerminal}, so that the attributes Lanterna sets again
 * after that SGR 0, and the cursor it hides again every frame, cost nothing when they are already so.
 *
 * <p>It draws as Lanterna's screen does, command for command, without Lanterna's copies for each cell
 * ({@link DeltaScreen}).
 */
public final class ScrollSafeScreen extends DeltaScreen {
    private final SparingTerminal sparing;
    private boolean drawing;
    private boolean scrollPending;
    private int scrollFirst;
    private int scrollLast;

    public ScrollSafeScreen(Terminal terminal) throws IOException {
        super(terminal);
        sparing = new SparingTerminal(terminal, this::getBackCharacter);
    }

    /** The terminal; while a frame is drawn, the one that drops what changes nothing. */
    @Override
    public Terminal getTerminal() {
        return drawing ? sparing : super.getTerminal();
    }

    @Override
    public synchronized void startScreen() throws IOException {
        sparing.forget();
        super.startScreen();
    }

    @Override
    public synchronized void stopScreen(boolean flushInput) throws IOException {
        sparing.forget();
        super.stopScreen(flushInput);
    }

    @Override
    public synchronized void scrollLines(int firstLine, int lastLine, int distance) {
        super.scrollLines(firstLine, lastLine, distance);
        scrollFirst = scrollPending ? Math.min(scrollFirst, firstLine) : firstLine;
        scrollLast = scrollPending ? Math.max(scrollLast, lastLine) : lastLine;
        scrollPending = true;
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        Set<TerminalPosition> broken = refreshType == RefreshType.COMPLETE ? Set.of() : brokenWideCells();
        if (refreshType == RefreshType.COMPLETE) {
            sparing.forget();
        } else {
            sparing.forgetAttributes(); // pictures and the clipboard write between frames
        }
        drawing = true;
        try {
            if (scrollPending) {
                scrollPending = false;
                sparing.resetColorAndSGR();
            }
            super.refresh(refreshType);
            if (!broken.isEmpty()) {
                redraw(broken);
            }
        } finally {
            drawing = false;
        }
    }

    /**
     * The cells of the new frame that cover a wide character the terminal shows when the frame changes either of its
     * halves (or a wide character of the frame starts just before it). Rows a pending scroll moves are left out: the
     * front buffer does not yet hold what they will show.
     */
    private Set<TerminalPosition> brokenWideCells() {
        Set<TerminalPosition> cells = new TreeSet<>();
        TerminalSize size = getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            if (scrollPending && r >= scrollFirst && r <= scrollLast) {
                continue;
            }
            for (int c = 0; c + 1 < size.getColumns(); c++) {
                TextCharacter shown = getFrontCharacter(c, r);
                if (shown == null || !CellWidths.isDoubleWidth(shown)) {
                    continue;
                }
                if (changed(c, r) || changed(c + 1, r) || c > 0 && startsWide(c - 1, r) && changed(c - 1, r)) {
                    skippedCover(c, r, cells);
                    skippedCover(c + 1, r, cells);
                }
                c++;
            }
        }
        return cells;
    }

    /**
     * Adds the cell that draws column {@code c} when the delta skips it (unchanged in its eyes); a changed one is
     * drawn by the delta itself, left to right, after whatever cleared it.
     */
    private void skippedCover(int c, int r, Set<TerminalPosition> cells) {
        TerminalPosition cover = coverOf(c, r);
        if (!changed(cover.getColumn(), r)) {
            cells.add(cover);
        }
    }

    private boolean changed(int c, int r) {
        TextCharacter front = getFrontCharacter(c, r);
        return front == null || !CellWidths.same(front, getBackCharacter(c, r));
    }

    private boolean startsWide(int c, int r) {
        TextCharacter back = getBackCharacter(c, r);
        return back != null && CellWidths.isDoubleWidth(back);
    }

    /** The cell of the new frame that draws column {@code c}: the wide character starting just before, or its own. */
    private TerminalPosition coverOf(int c, int r) {
        return c > 0 && startsWide(c - 1, r) ? new TerminalPosition(c - 1, r) : new TerminalPosition(c, r);
    }

    /** Writes the cells as the new frame has them, then puts the attributes and the cursor back. */
    private void redraw(Set<TerminalPosition> cells) throws IOException {
        for (TerminalPosition p : cells) {
            TextCharacter ch = getBackCharacter(p);
            if (ch == null) {
                continue;
            }
            sparing.setCursorPosition(p.getColumn(), p.getRow());
            sparing.attributesOf(ch);
            sparing.putString(ch.getCharacterString());
        }
        sparing.resetColorAndSGR();
        TerminalPosition cursor = getCursorPosition();
        if (cursor != null) {
            sparing.setCursorPosition(cursor.getColumn(), cursor.getRow());
        }
        sparing.flush();
    }
}
