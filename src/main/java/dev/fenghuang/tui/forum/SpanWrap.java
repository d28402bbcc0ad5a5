package dev.fenghuang.tui.forum;

import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a run of differently styled pieces (a post's bold, coloured and linked text) as one paragraph: the text is
 * broken the Chinese way as a whole, and each row takes back the styles of the characters it holds.
 */
final class SpanWrap {
    private SpanWrap() {
    }

    /**
     * The rows of the pieces wrapped to {@code width} columns, each after {@code indent} spaces.
     *
     * @param pieces the text, one span a piece, any controls still in it
     */
    static List<StyledLine> wrap(List<StyledLine.Span> pieces, LineBreaker breaker, int width, int indent) {
        StringBuilder text = new StringBuilder();
        List<Style> styles = new ArrayList<>();
        for (StyledLine.Span piece : pieces) {
            String clean = TerminalText.clean(piece.text());
            text.append(clean);
            for (int i = 0; i < clean.length(); i++) {
                styles.add(piece.style());
            }
        }
        String all = text.toString();
        int pad = Math.max(0, Math.min(indent, width - 2));
        List<StyledLine> out = new ArrayList<>();
        int pos = 0;
        for (String row : breaker.wrap(all.strip().isEmpty() ? "" : all, Math.max(2, width - pad), 0)) {
            int at = row.isEmpty() ? -1 : all.indexOf(row, pos);
            if (at < 0) {
                at = pos;
            }
            List<StyledLine.Span> spans = new ArrayList<>();
            spans.add(new StyledLine.Span(" ".repeat(pad), Style.NORMAL));
            int end = Math.min(all.length(), at + row.length());
            int start = at;
            for (int i = at + 1; i <= end; i++) {
                if (i == end || styles.get(i) != styles.get(start)) {
                    spans.add(new StyledLine.Span(all.substring(start, i), styles.get(start)));
                    start = i;
                }
            }
            out.add(StyledLine.of(spans.toArray(StyledLine.Span[]::new)));
            pos = end;
        }
        return out;
    }
}
