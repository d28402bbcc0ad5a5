package dev.fenghuang.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.fenghuang.tui.image.FramePictures;
import dev.fenghuang.tui.image.ImageStyle;
import dev.fenghuang.tui.image.PictureWriter;
import dev.fenghuang.tui.read.LinkBox;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.text.RowPainter;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * What the loop draws on the screen: each frame (header, the current view, the layers and the help box, the status
 * bar) with a delta refresh, the pictures placed over it and a link box's hyperlink, a scroll of the body, and the
 * body's size. After a resize or the terminal's return the next frame is drawn whole.
 */
final class Drawing {
    private final Screen screen;
    private final Chrome chrome;
    private final FrameWriter frames;
    private final FramePictures pictures;
    private final Clipboard clipboard;
    private boolean repaintAll;

    Drawing(Screen screen, Chrome chrome, RowPainter painter, Clipboard clipboard, TuiOptions options) {
        this.screen = screen;
        this.chrome = chrome;
        this.clipboard = clipboard;
        this.frames = new FrameWriter(screen, chrome, painter);
        this.pictures = new FramePictures(screen, clipboard, options.images().style() == ImageStyle.NONE
                ? null : PictureWriter.of(options.images().graphics()));
    }

    FramePictures pictures() {
        return pictures;
    }

    /** The next frame is drawn whole (the terminal was given back, or its contents are not known). */
    void repaintAll() {
        repaintAll = true;
    }

    /** Shows who is signed in, in the status bar. */
    void account(String name) {
        chrome.account(name);
    }

    /** Takes a resize of the terminal; true when there was one, and the next frame is drawn whole. */
    boolean resized() throws IOException {
        if (screen.doResizeIfNecessary() == null) {
            return false;
        }
        repaintAll = true;
        return true;
    }

    /** Draws a frame: resize first, then every row, then send what changed; the pictures and hyperlink after. */
    void render(View view, Overlays overlays, Supplier<FrameWriter.Status> status) throws IOException {
        boolean complete = frames.write(overlays.frame(view, status), repaintAll);
        repaintAll = false;
        complete = pictures.draw(overlays.placements(view), complete);
        if (overlays.topLayer() instanceof LinkBox link) {
            clipboard.send(link.hyperlinkIfStale(bodyTop(), complete));
        }
    }

    /** Moves the body's rows by {@code lines} on the terminal itself, unless the help box covers them. */
    void scrolled(int lines, boolean helpShown) {
        int h = bodyHeight();
        if (!helpShown && lines != 0 && Math.abs(lines) < h) {
            screen.scrollLines(bodyTop(), bodyTop() + h - 1, lines);
        }
    }

    int bodyWidth() {
        return screen.getTerminalSize().getColumns();
    }

    int bodyTop() {
        return FrameWriter.bodyTop(screen.getTerminalSize().getRows());
    }

    int bodyHeight() {
        return FrameWriter.bodyHeight(screen.getTerminalSize().getRows());
    }
}
