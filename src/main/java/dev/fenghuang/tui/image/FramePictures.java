package dev.fenghuang.tui.image;

import dev.fenghuang.tui.term.Clipboard;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.List;

/**
 * The view's whole pictures drawn as kitty or sixel images over their half blocks after each frame, and taken off
 * the terminal before it is given back; does nothing where the terminal gets half blocks only.
 */
public final class FramePictures {
    private final Screen screen;
    private final Clipboard out;
    private final PictureWriter writer;

    /** {@code writer} null: half blocks only. */
    public FramePictures(Screen screen, Clipboard out, PictureWriter writer) {
        this.screen = screen;
        this.out = out;
        this.writer = writer;
    }

    /**
     * Draws the pictures placed in the body ({@code shown}: the top box's own while one covers the view, none under
     * the help) after a frame; returns whether every cell has now been sent ({@code complete}, or a whole repaint a
     * picture needed).
     */
    public boolean draw(List<Placement> shown, boolean complete) throws IOException {
        if (writer == null) {
            return complete;
        }
        int bodyTop = screen.getTerminalSize().getRows() >= 3 ? 1 : 0;
        List<Placement> placed = shown.stream().map(p -> p.down(bodyTop)).toList();
        boolean all = complete;
        if (!all && writer.stale(placed)) {
            screen.refresh(Screen.RefreshType.COMPLETE);
            all = true;
        }
        out.send(writer.afterFrame(placed, all));
        return all;
    }

    /** Takes every kitty image off the terminal before it is given back (they are sent again when drawn). */
    public void clear() {
        if (writer == null) {
            return;
        }
        try {
            out.send(writer.clear());
        } catch (IOException gone) {
            // the terminal is gone: nothing is left on it to clear
        }
    }
}
