package dev.fenghuang.tui.image;

import java.util.Locale;
import java.util.Map;

/**
 * How article images are drawn: not at all (a placeholder with the reference number), or in half blocks with
 * 24-bit colour, the 256-colour palette, or no colour (ink and paper, for {@code NO_COLOR} and monochrome).
 */
public enum ImageStyle {
    NONE, MONOCHROME, PALETTE_256, TRUE_COLOUR;

    /**
     * The style for this terminal: none when images are off, monochrome when colours are, 24-bit colour when
     * {@code COLORTERM} says {@code truecolor} or {@code 24bit}, else the 256 colours every xterm-like terminal (and
     * tmux) has.
     */
    public static ImageStyle of(boolean images, boolean monochrome, Map<String, String> env) {
        if (!images) {
            return NONE;
        }
        if (monochrome) {
            return MONOCHROME;
        }
        String colorterm = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
        return colorterm.equals("truecolor") || colorterm.equals("24bit") ? TRUE_COLOUR : PALETTE_256;
    }
}
