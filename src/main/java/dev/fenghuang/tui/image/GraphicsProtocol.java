package dev.fenghuang.tui.image;

import java.util.Locale;
import java.util.Optional;

/**
 * How pictures reach the terminal: asked of it ({@link #AUTO}), as images with the kitty graphics protocol or as
 * sixel, or only in half blocks. Whatever is chosen, the half blocks stay in the screen buffer: they keep the room
 * and are what shows where an image cannot (a picture partly scrolled off, an open box over it).
 */
public enum GraphicsProtocol {
    AUTO, KITTY, SIXEL, BLOCKS;

    /**
     * The protocol a {@code tui.images} value names: {@code auto} (or {@code true}), {@code kitty}, {@code sixel},
     * {@code blocks}; empty for {@code off} (or {@code false}), which shows placeholders only. Anything else is
     * {@code auto}.
     */
    public static Optional<GraphicsProtocol> ofSetting(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "off", "false", "no", "none" -> Optional.empty();
            case "kitty" -> Optional.of(KITTY);
            case "sixel" -> Optional.of(SIXEL);
            case "blocks", "halfblocks", "half-blocks" -> Optional.of(BLOCKS);
            default -> Optional.of(AUTO);
        };
    }

    /**
     * Whether the terminal is a multiplexer (tmux, screen) that passes neither protocol by default, so asking is
     * pointless and half blocks are used.
     */
    public static boolean multiplexed(java.util.Map<String, String> env) {
        String term = env.getOrDefault("TERM", "");
        return !env.getOrDefault("TMUX", "").isEmpty() || term.startsWith("screen") || term.startsWith("tmux");
    }
}
