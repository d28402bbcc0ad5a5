package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * Lanterna's {@link TerminalScreen}, sending the terminal the same commands in the same order for each frame, but
 * drawing them with {@link Repaint}: Lanterna's refresh copies a cell's modifier set up to eighteen times for each
 * cell it writes and keeps every changed cell in a sorted map, and the first frames, an article's among them, run
 * before the JIT has compiled any of it.
 *
 * <p>Lanterna keeps what decides between a full and a delta refresh to itself; this screen keeps its own copy, from
 * the same calls: started, cleared, resized, scrolled.
 */
public class DeltaScreen extends TerminalScreen {
    private final ScrollHint scrollHint = new ScrollHint();
    private boolean started;
    /** Whether the next automatic refresh draws every cell anew (Lanterna's full redraw hint). */
    private boolean wholeNext = true;

    public DeltaScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    @Override
    public synchronized void startScreen() throws IOException {
        boolean wasStarted = started;
        super.startScreen();
        if (!wasStarted) {
            started = true;
            wholeNext = true;
        }
    }

    @Override
    public synchronized void stopScreen(boolean flushInput) throws IOException {
        super.stopScreen(flushInput);
        started = false;
    }

    @Override
    public synchronized void clear() {
        super.clear();
        wholeNext = true;
        scrollHint.invalidate();
    }

    @Override
    public synchronized TerminalSize doResizeIfNecessary() {
        TerminalSize newSize = super.doResizeIfNecessary();
        if (newSize != null) {
            wholeNext = true;
        }
        return newSize;
    }

    @Override
    public synchronized void scrollLines(int firstLine, int lastLine, int distance) {
        super.scrollLines(firstLine, lastLine, distance);
        scrollHint.add(firstLine, lastLine, distance);
    }

    /**
     * Lanterna's refresh: all cells anew when asked, or when automatic after a start, a clear or a resize, or when
     * three quarters of them changed and no scroll is to be sent; else the scroll, then the cells changed. Then the
     * cursor, shown where the screen has it (on a wide character's first half) or hidden.
     */
    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        if (!started) {
            return;
        }
        Terminal terminal = getTerminal();
        TerminalSize size = getTerminalSize();
        if (refreshType == RefreshType.AUTOMATIC && wholeNext || refreshType == RefreshType.COMPLETE) {
            scrollHint.clear();
            Repaint.whole(terminal, getBackBuffer(), size);
            wholeNext = false;
        } else if (refreshType == RefreshType.AUTOMATIC && !scrollHint.usable()
                && Repaint.veryDifferent(getBackBuffer(), getFrontBuffer(), size)) {
            scrollHint.clear();
            Repaint.whole(terminal, getBackBuffer(), size);
        } else {
            if (terminal instanceof Scrollable scrollable) {
                scrollHint.applyTo(scrollable, getFrontBuffer());
            } else {
                scrollHint.clear();
            }
            Repaint.changes(terminal, getBackBuffer(), getFrontBuffer(), size);
        }
        getBackBuffer().copyTo(getFrontBuffer());
        showCursor(terminal);
        terminal.flush();
    }

    private void showCursor(Terminal terminal) throws IOException {
        TerminalPosition cursor = getCursorPosition();
        if (cursor == null) {
            terminal.setCursorVisible(false);
            return;
        }
        terminal.setCursorVisible(true);
        TextCharacter before = cursor.getColumn() > 0
                ? getFrontBuffer().getCharacterAt(cursor.getColumn() - 1, cursor.getRow()) : null;
        int column = before != null && before.isDoubleWidth() ? cursor.getColumn() - 1 : cursor.getColumn();
        terminal.setCursorPosition(column, cursor.getRow());
    }
}
