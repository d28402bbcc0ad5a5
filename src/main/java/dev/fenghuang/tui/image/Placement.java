package dev.fenghuang.tui.image;

import dev.fenghuang.model.Picture;

/**
 * A picture wholly on screen: its top-left cell ({@code column}, {@code row}, from 0) and the box of cells its half
 * blocks take.
 */
public record Placement(Picture picture, int column, int row, int columns, int rows) {
    /** The same placement {@code by} rows lower. */
    public Placement down(int by) {
        return new Placement(picture, column, row + by, columns, rows);
    }
}
