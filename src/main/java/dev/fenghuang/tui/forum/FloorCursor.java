package dev.fenghuang.tui.forum;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import dev.fenghuang.tui.text.ScrolledText;
import java.util.List;

/**
 * The floor under the cursor in a thread page's text: the first floor whose name shows at the top of the window or
 * below it, or a floor further down where the page can scroll no further and j, G or :N went on to it. It scrolls
 * the text it is given and follows the floors' first rows as the page was last laid out.
 */
final class FloorCursor {
    private final Ui ui;
    private final ScrolledText text;
    /** The row where each floor of the page starts, as laid out last. */
    private List<Integer> starts = List.of();
    /** How many floors below the top one the cursor stands: only where the page cannot scroll them to the top. */
    private int below;

    FloorCursor(Ui ui, ScrolledText text) {
        this.ui = ui;
        this.text = text;
    }

    /** The page was laid out anew; unless it kept its place, the cursor goes back to the top floor in sight. */
    void laidOut(List<Integer> floorStarts, boolean keepPlace) {
        starts = floorStarts;
        if (!keepPlace) {
            below = 0;
        }
    }

    /** The index on the page of the floor under the cursor, -1 when the page has none. */
    int index() {
        int top = topFloor();
        return top < 0 ? top : Math.min(top + below, lastShownFloor());
    }

    /** The index of the last floor whose first row is in the window (or the top floor, when none starts there). */
    private int lastShownFloor() {
        int bottom = text.top() + Math.max(1, ui.bodyHeight());
        int last = Math.max(0, topFloor());
        while (last + 1 < starts.size() && starts.get(last + 1) < bottom) {
            last++;
        }
        return last;
    }

    /** The index of the first floor whose name shows at the top of the window or below it, -1 for none. */
    private int topFloor() {
        if (starts.isEmpty()) {
            return -1;
        }
        int top = text.top();
        int bottom = top + Math.max(1, ui.bodyHeight());
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) >= top) {
                return starts.get(i) < bottom || i == 0 ? i : i - 1;
            }
        }
        return starts.size() - 1;
    }

    /**
     * Scrolls; where the window can go no further, j and k move the cursor over the floors in sight instead, and G
     * takes it to the page's last floor. False for a key that does not scroll.
     */
    boolean move(KeyAction action) {
        int atTop = text.top();
        if (action == KeyAction.UP && below > 0 && index() > topFloor()) {
            below = index() - topFloor() - 1;
            return true;
        }
        boolean handled = text.handle(action);
        if (!handled) {
            return false;
        }
        if (action == KeyAction.BOTTOM) {
            below = Math.max(0, starts.size() - 1 - topFloor());
        } else if (action == KeyAction.DOWN && text.top() == atTop) {
            below = Math.min(index() + 1, lastShownFloor()) - Math.max(0, topFloor());
        } else if (text.top() != atTop) {
            below = 0;
        }
        return true;
    }

    /** Puts the floor at {@code index} on the page at the top, or the cursor on it where the page ends first. */
    void show(int index) {
        text.handle(KeyAction.TOP);
        int line = starts.get(index);
        for (int step = 0; step < line; step++) {
            text.handle(KeyAction.DOWN);
        }
        below = Math.max(0, index - topFloor());
    }
}
