package dev.fenghuang.tui.image;

/**
 * What the terminal can show pictures with, and the size of one of its cells in pixels (for sixel, whose images are
 * in pixels).
 *
 * @param protocol kitty, sixel or half blocks ({@link GraphicsProtocol#AUTO} before the terminal was asked)
 * @param cellWidth a cell's width in pixels
 * @param cellHeight a cell's height in pixels
 */
public record TerminalGraphics(GraphicsProtocol protocol, int cellWidth, int cellHeight) {
    /** The cell assumed when the terminal does not say: 10 × 20 pixels. */
    public static final int CELL_WIDTH = 10;
    public static final int CELL_HEIGHT = 20;
    public static final TerminalGraphics BLOCKS = of(GraphicsProtocol.BLOCKS);
    public static final TerminalGraphics AUTO = of(GraphicsProtocol.AUTO);

    public TerminalGraphics {
        if (cellWidth < 1 || cellHeight < 1 || cellWidth > 100 || cellHeight > 200) {
            cellWidth = CELL_WIDTH;
            cellHeight = CELL_HEIGHT;
        }
    }

    public static TerminalGraphics of(GraphicsProtocol protocol) {
        return new TerminalGraphics(protocol, CELL_WIDTH, CELL_HEIGHT);
    }
}
