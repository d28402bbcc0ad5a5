package dev.fenghuang.tui.text;

import com.googlecode.lanterna.TextCharacter;
import dev.fenghuang.model.Picture;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of a layout: pieces of text, each with its style, and how the row follows the one above; or a row of a
 * picture's cells (one column each, with their own colours; a picture row has no text, so search never finds it).
 * Text in it is already free of controls.
 */
public record StyledLine(List<Span> spans, Join join, List<TextCharacter> cells, PictureRow pictureRow) {
    public static final StyledLine EMPTY = new StyledLine(List.of());

    /** A piece of text in one style. */
    public record Span(String text, Style style) {
    }

    /** How a row follows the row above: as a line of its own, or as the same paragraph wrapped. */
    enum Join {
        /** A line of its own. */
        NONE,
        /** Wrapped with nothing between (a break between CJK characters, or inside a long word). */
        TIGHT,
        /** Wrapped where the text had a space, which the break took. */
        SPACED
    }

    /**
     * Which row of which picture a picture row is, for drawing the picture as an image over its half blocks.
     *
     * @param index the row, from 0
     * @param rows the picture's rows
     * @param offset the column of the line where the picture's cells start
     * @param columns the picture's columns
     */
    public record PictureRow(Picture picture, int index, int rows, int offset, int columns) {
    }

    public StyledLine {
        spans = List.copyOf(spans);
        Objects.requireNonNull(join);
        cells = List.copyOf(cells);
    }

    StyledLine(List<Span> spans, Join join, List<TextCharacter> cells) {
        this(spans, join, cells, null);
    }

    /** A line of its own. */
    StyledLine(List<Span> spans) {
        this(spans, Join.NONE, List.of());
    }

    /** A line following the row above as {@code join}. */
    StyledLine(List<Span> spans, Join join) {
        this(spans, join, List.of());
    }

    /** A row of a picture. */
    public static StyledLine picture(List<TextCharacter> cells) {
        return new StyledLine(List.of(), Join.NONE, cells);
    }

    /** Row {@code row.index()} of a picture, in {@code cells}. */
    public static StyledLine picture(List<TextCharacter> cells, PictureRow row) {
        return new StyledLine(List.of(), Join.NONE, cells, row);
    }

    /** This row, following the row above as {@code how}. */
    StyledLine joined(Join how) {
        return new StyledLine(spans, how, cells, pictureRow);
    }

    public static StyledLine of(String text, Style style) {
        return text.isEmpty() ? EMPTY : new StyledLine(List.of(new Span(text, style)));
    }

    public static StyledLine of(Span... spans) {
        return new StyledLine(List.of(spans));
    }

    /** This line with {@code before} put in front of it. */
    public StyledLine prefixed(String before, Style style) {
        List<Span> all = new ArrayList<>(spans.size() + 1);
        all.add(new Span(before, style));
        all.addAll(spans);
        return new StyledLine(all, join);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    boolean contains(String query) {
        return !query.isEmpty() && text().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }

    /** This line with every occurrence of {@code query} (ignoring case) in the match style. */
    public StyledLine highlighted(String query) {
        if (!contains(query)) {
            return this;
        }
        List<Span> out = new ArrayList<>();
        String needle = query.toLowerCase(Locale.ROOT);
        for (Span s : spans) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            int from = 0;
            for (int at = lower.indexOf(needle); at >= 0 && lower.length() == s.text().length();
                 at = lower.indexOf(needle, from)) {
                if (at > from) {
                    out.add(new Span(s.text().substring(from, at), s.style()));
                }
                out.add(new Span(s.text().substring(at, at + needle.length()), Style.MATCH));
                from = at + needle.length();
            }
            if (from < s.text().length()) {
                out.add(new Span(s.text().substring(from), s.style()));
            }
        }
        return new StyledLine(out, join);
    }

    /**
     * This line with the chars from each {@code [from, to)} of {@code ranges} (offsets in {@link #text()}) in
     * {@code style}.
     */
    StyledLine restyled(List<int[]> ranges, Style style) {
        if (ranges.isEmpty()) {
            return this;
        }
        List<Span> out = new ArrayList<>();
        int offset = 0;
        for (Span s : spans) {
            int end = offset + s.text().length();
            int at = offset;
            for (int[] r : ranges) {
                int from = Math.max(r[0], at);
                int to = Math.min(r[1], end);
                if (from >= to) {
                    continue;
                }
                if (from > at) {
                    out.add(new Span(s.text().substring(at - offset, from - offset), s.style()));
                }
                out.add(new Span(s.text().substring(from - offset, to - offset), style));
                at = to;
            }
            if (at < end) {
                out.add(new Span(s.text().substring(at - offset), s.style()));
            }
            offset = end;
        }
        return new StyledLine(out, join);
    }
}
