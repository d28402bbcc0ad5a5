package dev.fenghuang.model.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the stretches the site highlighted (its search matches), as {@code [start, end)} offsets in UTF-16 code
 * units (Java and JavaScript string indices), in order, not overlapping, not touching, within the text.
 */
public record MarkedText(String text, List<Mark> marks) {
    /** One highlighted stretch, {@code start} inclusive, {@code end} exclusive. */
    public record Mark(int start, int end) {
        public Mark {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("not a mark: [" + start + ", " + end + ")");
            }
        }
    }

    public static final MarkedText EMPTY = new MarkedText("", List.of());

    public MarkedText {
        text = text == null ? "" : text;
        marks = List.copyOf(marks);
        int last = -1;
        for (Mark mark : marks) {
            if (mark.start() <= last || mark.end() > text.length()) {
                throw new IllegalArgumentException("marks out of order or past the text: " + marks);
            }
            last = mark.end();
        }
    }

    /** Plain text without marks. */
    public static MarkedText plain(String text) {
        return new MarkedText(text, List.of());
    }

    /** The text cut into runs, each marked or not, in order; no run is empty. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() > at) {
                runs.add(new Run(text.substring(at, mark.start()), false));
            }
            runs.add(new Run(text.substring(mark.start(), mark.end()), true));
            at = mark.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }

    /** A stretch of the text and whether the site highlighted it. */
    public record Run(String text, boolean marked) {
    }
}
