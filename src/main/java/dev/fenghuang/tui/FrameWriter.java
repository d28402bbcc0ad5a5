package dev.fenghuang.tui;

import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.write.Writes;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Writes one frame: the header, the current view with its layers and the help box, the status bar or the prompt,
 * then sends what changed (everything after a resize, since nothing is known then of what the terminal shows).
 */
final class FrameWriter {
    private final Screen screen;
    private final Chrome chrome;
    private final RowPainter painter;

    FrameWriter(Screen screen, Chrome chrome, RowPainter painter) {
        this.screen = screen;
        this.chrome = chrome;
        this.painter = painter;
    }

    /** What a frame shows; the status is asked for after the view has drawn (its position depends on the draw). */
    record Frame(View view, Layers layers, HelpOverlay help, Prompt prompt, Supplier<Status> status) {
    }

    /** The status bar: a message (or the layer's line), the key hints and the right-hand part. */
    record Status(String text, boolean error, String hints, String right) {
    }

    /** The screen row where the view's body starts: under the header, which a tiny window has not. */
    static int bodyTop(int rows) {
        return rows >= 3 ? 1 : 0;
    }

    /** Rows the view gets: all but the header and the status bar, in a tiny window all but the status bar. */
    static int bodyHeight(int rows) {
        return rows >= 3 ? rows - 2 : Math.max(0, rows - 1);
    }

    /** Writes the frame; returns whether every cell was sent (after a resize or when asked). */
    boolean write(Frame frame, boolean repaintAll) throws IOException {
        boolean complete = repaintAll || screen.doResizeIfNecessary() != null;
        TerminalSize size = screen.getTerminalSize();
        int w = size.getColumns();
        int h = size.getRows();
        TextGraphics g = screen.newTextGraphics();
        int bodyTop = bodyTop(h);
        int bodyHeight = bodyHeight(h);
        if (h >= 3) {
            chrome.header(g, 0, w, frame.view().breadcrumb());
        }
        if (bodyHeight > 0) {
            TextGraphics body = g.newTextGraphics(new TerminalPosition(0, bodyTop), new TerminalSize(w, bodyHeight));
            frame.view().draw(body, w, bodyHeight);
        }
        Status s = frame.prompt() == null ? frame.status().get() : null;
        // A layer's key line that wraps takes body rows: the layer gets the rows the status bar leaves.
        int layerHeight = s == null ? bodyHeight
                : Math.max(1, bodyHeight - (chrome.statusRows(w, s.text(), s.error(), s.right()) - 1));
        if (bodyHeight > 0) {
            TextGraphics body = g.newTextGraphics(new TerminalPosition(0, bodyTop), new TerminalSize(w, bodyHeight));
            frame.layers().draw(body, w, Math.min(bodyHeight, layerHeight));
            if (frame.help() != null) {
                frame.help().draw(body, painter, w, bodyHeight);
            }
        }
        if (s == null) {
            int col = chrome.prompt(g, h - 1, w, frame.prompt());
            screen.setCursorPosition(new TerminalPosition(col, h - 1));
        } else {
            chrome.status(g, h - 1, w, s.text(), s.error(), s.hints(), s.right());
            TerminalPosition cursor = bodyHeight > 0 ? frame.layers().cursor(w, Math.min(bodyHeight, layerHeight))
                    : null;
            screen.setCursorPosition(cursor == null ? null : cursor.withRelativeRow(bodyTop));
        }
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        return complete;
    }
}
