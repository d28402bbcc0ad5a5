package dev.fenghuang.tui.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a query occurs in laid-out text, ignoring case. The text is searched, not the screen rows: a paragraph
 * wrapped over several rows is searched as one (with the space a break took put back), so a hit split across a
 * row end is found, and marked on every row it spans.
 */
final class TextSearch {
    static final TextSearch NONE = new TextSearch(new TreeMap<>());

    /** Row to the [from, to) char ranges of its text that are part of a hit. */
    private final TreeMap<Integer, List<int[]>> marks;
    private final List<Integer> starts;

    private TextSearch(TreeMap<Integer, List<int[]>> marks, List<Integer> starts) {
        this.marks = marks;
        this.starts = List.copyOf(starts);
    }

    private TextSearch(TreeMap<Integer, List<int[]>> marks) {
        this(marks, List.of());
    }

    /** Finds every occurrence of {@code query} in {@code lines}. */
    static TextSearch of(List<StyledLine> lines, String query) {
        if (query.isEmpty()) {
            return NONE;
        }
        TreeMap<Integer, List<int[]>> marks = new TreeMap<>();
        List<Integer> starts = new ArrayList<>();
        String needle = query.toLowerCase(Locale.ROOT);
        int first = 0;
        while (first < lines.size()) {
            int last = first;
            while (last + 1 < lines.size() && lines.get(last + 1).join() != StyledLine.Join.NONE) {
                last++;
            }
            Paragraph p = Paragraph.of(lines, first, last);
            for (int at = p.text.indexOf(needle); at >= 0; at = p.text.indexOf(needle, at + needle.length())) {
                starts.add(p.rows[at]);
                p.mark(at, at + needle.length(), marks);
            }
            first = last + 1;
        }
        return new TextSearch(marks, starts.stream().distinct().toList());
    }

    /** The rows where a hit starts, in order. */
    List<Integer> hits() {
        return starts;
    }

    /** Row {@code row} (its line {@code line}) with its part of every hit in the match style. */
    StyledLine marked(int row, StyledLine line) {
        List<int[]> ranges = marks.get(row);
        return ranges == null ? line : line.restyled(ranges, Style.MATCH);
    }

    /** Rows {@code first} to {@code last} as one text; each char knows its row and offset (-1: a put-back space). */
    private record Paragraph(String text, int[] rows, int[] offsets) {
        static Paragraph of(List<StyledLine> lines, int first, int last) {
            StringBuilder sb = new StringBuilder();
            List<int[]> where = new ArrayList<>();
            for (int r = first; r <= last; r++) {
                StyledLine line = lines.get(r);
                String text = line.text();
                int from = 0;
                if (r > first) {
                    while (from < text.length() && text.charAt(from) == ' ') {
                        from++;
                    }
                    if (line.join() == StyledLine.Join.SPACED) {
                        sb.append(' ');
                        where.add(new int[] {r, -1});
                    }
                }
                String lower = text.toLowerCase(Locale.ROOT);
                String searched = lower.length() == text.length() ? lower : text;
                for (int i = from; i < text.length(); i++) {
                    sb.append(searched.charAt(i));
                    where.add(new int[] {r, i});
                }
            }
            int[] rows = where.stream().mapToInt(w -> w[0]).toArray();
            int[] offsets = where.stream().mapToInt(w -> w[1]).toArray();
            return new Paragraph(sb.toString(), rows, offsets);
        }

        void mark(int from, int to, Map<Integer, List<int[]>> marks) {
            int i = from;
            while (i < to) {
                if (offsets[i] < 0) {
                    i++;
                    continue;
                }
                int row = rows[i];
                int start = offsets[i];
                int end = start;
                while (i < to && rows[i] == row && offsets[i] >= 0) {
                    end = offsets[i] + 1;
                    i++;
                }
                marks.computeIfAbsent(row, k -> new ArrayList<>()).add(new int[] {start, end});
            }
        }
    }
}
