package dev.fenghuang.tui.image;

import java.util.List;

/**
 * Draws pictures as images over their half blocks, after a frame has been sent: the bytes to write past the screen's
 * buffer. Runs on the UI thread only.
 */
public interface PictureWriter {
    /**
     * The bytes that show exactly {@code shown} (screen cells) as images, given that {@code complete} frame rewrote
     * every cell; none when nothing changed.
     */
    byte[] afterFrame(List<Placement> shown, boolean complete);

    /**
     * Whether the images drawn by the last frame leave marks that the frame's cells do not cover when {@code shown}
     * is what the next one shows (sixel pixels stay until their cells are written again), so every cell must be sent.
     */
    boolean stale(List<Placement> shown);

    /** The bytes that take every image off the screen (before giving the terminal back). */
    byte[] clear();

    /** The writer for {@code graphics}, or null for half blocks alone. */
    static PictureWriter of(TerminalGraphics graphics) {
        return switch (graphics.protocol()) {
            case KITTY -> new KittyGraphics();
            case SIXEL -> new SixelGraphics(graphics.cellWidth(), graphics.cellHeight());
            default -> null;
        };
    }
}
