package dev.fenghuang.tui;

import com.googlecode.lanterna.input.MouseAction;

/**
 * What a mouse report does to the view under it: the wheel scrolls {@value #WHEEL_LINES} lines a notch, a press of
 * the first button clicks; releases, drags and moves do nothing, nor does anything on the header or status bar.
 */
final class Pointer {
    /** Lines the mouse wheel scrolls a notch. */
    static final int WHEEL_LINES = 3;

    private Pointer() {
    }

    /**
     * @param bodyTop the screen row where the view's body starts
     * @param bodyHeight the rows the body has
     */
    static void act(MouseAction mouse, View view, int bodyTop, int bodyHeight) {
        int row = mouse.getPosition().getRow() - bodyTop;
        int column = mouse.getPosition().getColumn();
        if (row < 0 || row >= bodyHeight) {
            return;
        }
        switch (mouse.getActionType()) {
            case SCROLL_DOWN -> view.wheel(column, row, WHEEL_LINES);
            case SCROLL_UP -> view.wheel(column, row, -WHEEL_LINES);
            case CLICK_DOWN -> {
                if (mouse.getButton() == 1) {
                    view.click(column, row);
                }
            }
            default -> {
                // releases, drags and moves
            }
        }
    }
}
