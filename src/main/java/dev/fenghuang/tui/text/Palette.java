package dev.fenghuang.tui.text;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each {@link Style} looks. Colours are the terminal's own eight ANSI colours, so they follow its theme; in
 * monochrome (the setting, or {@code NO_COLOR} in the environment) only bold, underline and reverse are used.
 */
public final class Palette {
    /** The look of one style. */
    record Look(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
    }

    private final Map<Style, Look> looks = new EnumMap<>(Style.class);
    private final boolean monochrome;

    private Palette(boolean monochrome) {
        this.monochrome = monochrome;
        for (Style s : Style.values()) {
            looks.put(s, monochrome ? mono(s) : colour(s));
        }
    }

    public static Palette of(boolean monochrome) {
        return new Palette(monochrome);
    }

    boolean monochrome() {
        return monochrome;
    }

    Look look(Style style) {
        return looks.get(style);
    }

    private static Look colour(Style s) {
        TextColor d = TextColor.ANSI.DEFAULT;
        return switch (s) {
            case NORMAL -> look(d, d);
            case TITLE -> look(d, d, SGR.BOLD);
            case META, DIM -> look(TextColor.ANSI.CYAN, d);
            case SUMMARY -> look(TextColor.ANSI.GREEN, d);
            case HEADING -> look(TextColor.ANSI.YELLOW, d, SGR.BOLD);
            case QUOTE -> look(TextColor.ANSI.MAGENTA, d);
            case REFERENCE -> look(TextColor.ANSI.BLUE, d);
            case SELECTED -> look(d, d, SGR.REVERSE);
            case MATCH -> look(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW, SGR.BOLD);
            case HEADER, STATUS -> look(TextColor.ANSI.WHITE, TextColor.ANSI.BLUE);
            case ERROR -> look(TextColor.ANSI.WHITE, TextColor.ANSI.RED, SGR.BOLD);
            case KEY -> look(TextColor.ANSI.YELLOW, TextColor.ANSI.BLUE, SGR.BOLD);
        };
    }

    private static Look mono(Style s) {
        TextColor d = TextColor.ANSI.DEFAULT;
        return switch (s) {
            case TITLE, HEADING -> look(d, d, SGR.BOLD);
            case MATCH -> look(d, d, SGR.UNDERLINE, SGR.BOLD);
            case SELECTED, HEADER, STATUS -> look(d, d, SGR.REVERSE);
            case ERROR, KEY -> look(d, d, SGR.REVERSE, SGR.BOLD);
            case REFERENCE -> look(d, d, SGR.UNDERLINE);
            default -> look(d, d);
        };
    }

    private static Look look(TextColor fg, TextColor bg, SGR... modifiers) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        set.addAll(java.util.List.of(modifiers));
        return new Look(fg, bg, set);
    }
}
