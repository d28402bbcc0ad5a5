package dev.fenghuang.tui.text;

import java.util.ArrayList;
import java.util.List;

/** A growing list of styled lines, with wrapping: what the layouts build on. Cleans every text it is given. */
public final class TextBlock {
    private final LineBreaker breaker;
    private final int width;
    private final List<StyledLine> lines = new ArrayList<>();

    public TextBlock(LineBreaker breaker, int width) {
        this.breaker = breaker;
        this.width = Math.max(2, width);
    }

    public int width() {
        return width;
    }

    public int size() {
        return lines.size();
    }

    public List<StyledLine> lines() {
        return List.copyOf(lines);
    }

    public void add(StyledLine line) {
        lines.add(line);
    }

    public void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).spans().isEmpty()) {
            lines.add(StyledLine.EMPTY);
        }
    }

    /**
     * Sets groups side by side with the separator between them, starting a new line between two groups rather than
     * inside one (a label stays with its value); only a group wider than the block is broken, as {@link #wrap} would.
     */
    public void wrapGroups(List<String> groups, String separator, Style style) {
        StringBuilder line = new StringBuilder();
        for (String raw : groups) {
            String group = TerminalText.clean(raw).strip();
            if (group.isEmpty()) {
                continue;
            }
            String joined = line.length() == 0 ? group : line + separator + group;
            if (breaker.widths().of(joined) <= width) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (line.length() > 0) {
                lines.add(StyledLine.of(line.toString(), style));
                line.setLength(0);
            }
            List<String> parts = breaker.wrap(group, width, 0);
            for (int i = 0; i < parts.size() - 1; i++) {
                lines.add(StyledLine.of(parts.get(i), style));
            }
            line.append(parts.isEmpty() ? "" : parts.get(parts.size() - 1));
        }
        if (line.length() > 0) {
            lines.add(StyledLine.of(line.toString(), style));
        }
    }

    /** Wraps text; the first line is indented by {@code first} columns, the others by {@code rest}. */
    public void wrap(String text, Style style, int first, int rest) {
        wrap(text, style, " ".repeat(first), rest, Style.NORMAL);
    }

    /**
     * Wraps text after a prefix on the first line (a label, a marker); later lines are indented by {@code rest}.
     * However narrow the block, no line is wider than it: indents give way so that two columns stay for the text,
     * and a prefix that leaves less goes on lines of its own above the text.
     */
    public void wrap(String text, Style style, String prefix, int rest, Style prefixStyle) {
        String clean = TerminalText.clean(text).strip();
        int indent = Math.min(rest, width - 2);
        String first = prefix;
        if (breaker.widths().of(prefix) > width - 2) {
            if (!prefix.isBlank()) {
                for (String part : breaker.wrap(prefix.strip(), width, 0)) {
                    lines.add(StyledLine.of(part, prefixStyle));
                }
            }
            first = "";
        }
        int firstIndent = breaker.widths().of(first);
        List<String> wrapped = breaker.wrap(clean, width - indent, Math.max(0, firstIndent - indent));
        String pad = " ".repeat(indent);
        int pos = 0;
        for (int i = 0; i < wrapped.size(); i++) {
            String row = wrapped.get(i);
            StyledLine body = StyledLine.of(row, style);
            if (i == 0) {
                lines.add(first.isEmpty() ? body : body.prefixed(first, prefixStyle));
            } else {
                int at = row.isEmpty() ? -1 : clean.indexOf(row, pos);
                boolean spaced = at != pos;
                body = new StyledLine(body.spans(), spaced ? StyledLine.Join.SPACED : StyledLine.Join.TIGHT);
                lines.add(indent == 0 ? body : body.prefixed(pad, Style.NORMAL));
                pos = at < 0 ? pos : at;
            }
            pos += row.length();
        }
    }
}
