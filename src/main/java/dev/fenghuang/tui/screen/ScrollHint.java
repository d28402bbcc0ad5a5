package dev.fenghuang.tui.screen;

import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.screen.ScreenBuffer;
import java.io.IOException;

/**
 * The scroll a screen sends before its next delta, as Lanterna's {@code TerminalScreen} keeps it: the scrolls of one
 * region since the last frame add up to one; scrolls of different regions leave none to send (the delta then draws
 * the moved rows cell by cell).
 */
final class ScrollHint {
    private boolean any;
    private boolean invalid;
    private int firstLine;
    private int lastLine;
    private int distance;

    /** Notes a scroll of the screen's back buffer (one of no distance or no rows is none). */
    void add(int first, int last, int by) {
        if (by == 0 || first > last || invalid) {
            return;
        }
        if (!any) {
            any = true;
            firstLine = first;
            lastLine = last;
            distance = by;
        } else if (first == firstLine && last == lastLine) {
            distance += by;
        } else {
            invalidate();
        }
    }

    /** Leaves no scroll to send until the next frame (the screen was cleared, or scrolled in two regions). */
    void invalidate() {
        any = false;
        invalid = true;
    }

    /** Whether there is a scroll to send. */
    boolean usable() {
        return any;
    }

    /** Forgets any scroll: a frame was drawn. */
    void clear() {
        any = false;
        invalid = false;
    }

    /**
     * Scrolls the terminal, and the front buffer with it, by the scroll noted, if any and if the terminal can; then
     * forgets it.
     */
    void applyTo(Scrollable terminal, ScreenBuffer front) throws IOException {
        try {
            if (any) {
                terminal.scrollLines(firstLine, lastLine, distance);
                front.scrollLines(firstLine, lastLine, distance);
            }
        } catch (UnsupportedOperationException cannot) {
            // the terminal cannot scroll a region: the delta draws the moved rows
        } finally {
            clear();
        }
    }
}
