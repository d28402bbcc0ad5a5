package dev.fenghuang.tui;

import java.util.ArrayList;
import java.util.List;

/** A growing list of styled lines, with wrapping: what the layouts build on. Cleans every text it is given. */
final class TextBlock {
    private final LineBreaker breaker;
    private final int width;
    private final List<StyledLine> lines = new ArrayList<>();

    TextBlock(LineBreaker breaker, int width) {
        this.breaker = breaker;
        this.width = Math.max(2, width);
    }

    int width() {
        return width;
    }

    int size() {
        return lines.size();
    }

    List<StyledLine> lines() {
        return List.copyOf(lines);
    }

    void add(StyledLine line) {
        lines.add(line);
    }

    void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).spans().isEmpty()) {
            lines.add(StyledLine.EMPTY);
        }
    }

    /** Wraps text; the first line is indented by {@code first} columns, the others by {@code rest}. */
    void wrap(String text, Style style, int first, int rest) {
        wrap(text, style, " ".repeat(first), rest, Style.NORMAL);
    }

    /** Wraps text after a prefix on the first line (a label, a marker); later lines are indented by {@code rest}. */
    void wrap(String text, Style style, String prefix, int rest, Style prefixStyle) {
        String clean = TerminalText.clean(text).strip();
        int firstIndent = breaker.widths().of(prefix);
        List<String> wrapped = breaker.wrap(clean, width - rest, Math.max(0, firstIndent - rest));
        String pad = " ".repeat(rest);
        for (int i = 0; i < wrapped.size(); i++) {
            StyledLine body = StyledLine.of(wrapped.get(i), style);
            if (i == 0) {
                lines.add(prefix.isEmpty() ? body : body.prefixed(prefix, prefixStyle));
            } else {
                lines.add(rest == 0 ? body : body.prefixed(pad, Style.NORMAL));
            }
        }
    }
}
