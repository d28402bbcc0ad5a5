package dev.fenghuang.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.tui.image.Placement;
import java.util.List;

/**
 * Something on top of the current view that takes every key while it is open: the comment editor, the sign-in form,
 * a yes/no question. Layers stack; the top one gets the keys and places the cursor. Runs on the UI thread only.
 */
public interface Layer {
    /** Takes a key; returns false when the layer is done and should close. */
    boolean take(KeyStroke k);

    /** Draws over the body, a graphics of {@code width} × {@code height}. */
    void draw(TextGraphics g, int width, int height);

    /**
     * The pictures (a captcha) wholly shown by the last {@link #draw}, in body cells, to be drawn as kitty or sixel
     * images over their half blocks while the layer is on top.
     */
    default List<Placement> placements() {
        return List.of();
    }

    /** Where the cursor goes in the body, or null for none. */
    default TerminalPosition cursor(int width, int height) {
        return null;
    }

    /** What the status bar says while the layer is on top (its keys, a question), or null for the usual. */
    default String status() {
        return null;
    }

    /** Called once when the layer is removed, however that happens. */
    default void closed() {
    }
}
