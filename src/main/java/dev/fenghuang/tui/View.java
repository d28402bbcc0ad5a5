package dev.fenghuang.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.image.Placement;
import java.util.List;

/** One screen of the reader below the header and above the status bar. Runs on the UI thread only. */
public interface View {
    /** The header's breadcrumb after the site's name. */
    List<String> breadcrumb();

    /** Draws the body into a graphics of {@code width} × {@code height}; lays out again first if the width changed. */
    void draw(TextGraphics g, int width, int height);

    /**
     * Acts on a key. {@code count} is the number typed before it (0 for none).
     *
     * @return false when the view does nothing with it
     */
    boolean handle(KeyAction action, int count);

    /** The pictures wholly shown by the last draw, in body cells (row 0 is the body's first). */
    default List<Placement> placements() {
        return List.of();
    }

    /** Where the reader is, for the status bar ("line 12/300 4%"), or "". */
    String position();

    /** The address of what is shown, for open and copy; null when there is none. */
    String link();

    /** The address of reference {@code n} ([n]), or null. */
    default String reference(int n) {
        return null;
    }

    /** Searches for text and moves to the first match after the current place; false when there is none. */
    boolean search(String query, boolean forward);

    /** Starts what the view's first draw would start (its first load), so that the first frame can wait for it. */
    default void beforeFirstDraw() {
    }

    /**
     * The view is shown again, the one above it left: what a cancel dropped meanwhile (a q leaving a view while a
     * load for this one still ran) is asked again, so that the view is not left without it.
     */
    default void shownAgain() {
    }

    /** Whether the view has nothing to show yet (its first load has not come back); a failure then leaves it. */
    default boolean blank() {
        return false;
    }

    /** Loads the view's content again, bypassing the cache. */
    void reload();

    /**
     * A click at {@code column} of body row {@code row} (0 is the body's first): selects the row there, or opens it
     * when it was selected already. Views without rows to pick ignore it.
     */
    default void click(int column, int row) {
    }

    /** The mouse wheel over ({@code column}, {@code row}): {@code lines} down, up when negative; as j and k. */
    default void wheel(int column, int row, int lines) {
        KeyAction step = lines > 0 ? KeyAction.DOWN : KeyAction.UP;
        for (int i = 0; i < Math.abs(lines); i++) {
            handle(step, 0);
        }
    }
}
