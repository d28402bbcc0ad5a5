package dev.fenghuang.tui;

import com.googlecode.lanterna.TextCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of a layout: pieces of text, each with its style, or a row of a picture's cells (one column each, with
 * their own colours; a picture row has no text, so search never finds it). Text in it is already free of controls.
 */
record StyledLine(List<Span> spans, List<TextCharacter> cells) {
    static final StyledLine EMPTY = new StyledLine(List.of());

    /** A piece of text in one style. */
    record Span(String text, Style style) {
    }

    StyledLine {
        spans = List.copyOf(spans);
        cells = List.copyOf(cells);
    }

    StyledLine(List<Span> spans) {
        this(spans, List.of());
    }

    /** A row of a picture. */
    static StyledLine picture(List<TextCharacter> cells) {
        return new StyledLine(List.of(), cells);
    }

    static StyledLine of(String text, Style style) {
        return text.isEmpty() ? EMPTY : new StyledLine(List.of(new Span(text, style)));
    }

    static StyledLine of(Span... spans) {
        return new StyledLine(List.of(spans));
    }

    /** This line with {@code before} put in front of it. */
    StyledLine prefixed(String before, Style style) {
        List<Span> all = new ArrayList<>(spans.size() + 1);
        all.add(new Span(before, style));
        all.addAll(spans);
        return new StyledLine(all);
    }

    String text() {
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
    StyledLine highlighted(String query) {
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
        return new StyledLine(out);
    }
}
