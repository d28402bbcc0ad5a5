package dev.fenghuang.tui.write;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
import java.util.ArrayList;
import java.util.List;

/**
 * The text being written, set in rows of one width: each line wrapped by the {@link LineBreaker} (the Chinese
 * way, Latin words whole), each row knowing where it starts in the text, so the cursor can be drawn and moved up
 * and down by row and column. Spaces the breaker drops at a row's end stay in the text and belong to that row.
 */
final class EditorLines {
    /**
     * One row.
     *
     * @param start offset of its first char in the text
     * @param end offset after its last shown char
     * @param last whether it is the last row of its line (the cursor may then sit at {@code end})
     */
    record Row(int start, int end, boolean last) {
    }

    private final String text;
    private final ColumnWidth widths;
    private final List<Row> rows;

    private EditorLines(String text, ColumnWidth widths, List<Row> rows) {
        this.text = text;
        this.widths = widths;
        this.rows = rows;
    }

    /** Sets {@code text} in rows of at most {@code width} columns. */
    static EditorLines of(String text, int width, LineBreaker breaker) {
        int w = Math.max(2, width);
        List<Row> rows = new ArrayList<>();
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            wrapLine(text, from, end, w, breaker, rows);
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new EditorLines(text, breaker.widths(), List.copyOf(rows));
    }

    private static void wrapLine(String text, int from, int end, int width, LineBreaker breaker, List<Row> rows) {
        String line = text.substring(from, end);
        List<String> wrapped = breaker.wrap(line, width, 0);
        List<Row> mine = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < wrapped.size(); i++) {
            String row = wrapped.get(i);
            while (i > 0 && pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            if (!sameBut(line, pos, row)) {
                charWrap(text, from, end, width, breaker.widths(), rows);
                return;
            }
            mine.add(new Row(from + pos, from + pos + row.length(), i == wrapped.size() - 1));
            pos += row.length();
        }
        rows.addAll(mine);
    }

    /** Whether {@code row} is the text at {@code pos}, spaces of any kind counting as spaces. */
    private static boolean sameBut(String line, int pos, String row) {
        if (pos + row.length() > line.length()) {
            return false;
        }
        for (int j = 0; j < row.length(); j++) {
            char a = line.charAt(pos + j);
            char b = row.charAt(j);
            if (a != b && !(Character.isWhitespace(a) && Character.isWhitespace(b))) {
                return false;
            }
        }
        return true;
    }

    /** The plain way, for a line the breaker reshaped: fill each row, never splitting a wide character. */
    private static void charWrap(String text, int from, int end, int width, ColumnWidth widths, List<Row> rows) {
        int start = from;
        int used = 0;
        for (int i = from; i < end; ) {
            int cp = text.codePointAt(i);
            int w = widths.of(cp);
            if (used + w > width && i > start) {
                rows.add(new Row(start, i, false));
                start = i;
                used = 0;
            }
            used += w;
            i += Character.charCount(cp);
        }
        rows.add(new Row(start, end, true));
    }

    int size() {
        return rows.size();
    }

    Row row(int r) {
        return rows.get(r);
    }

    /** The text of row {@code r} as written, spaces included. */
    String text(int r) {
        Row row = rows.get(r);
        return text.substring(row.start(), row.end());
    }

    /** The row the cursor at {@code offset} is drawn on. */
    int rowOf(int offset) {
        int lo = 0;
        int hi = rows.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rows.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The column the cursor at {@code offset} is drawn in. */
    int columnOf(int offset) {
        Row row = rows.get(rowOf(offset));
        int shown = Math.min(offset, row.end());
        return widths.of(text.substring(row.start(), Math.max(row.start(), shown))) + Math.max(0, offset - row.end());
    }

    /** The offset in row {@code r} nearest to {@code column} from the left. */
    int offsetAt(int r, int column) {
        Row row = rows.get(Math.max(0, Math.min(r, rows.size() - 1)));
        int used = 0;
        int i = row.start();
        while (i < row.end()) {
            int cp = text.codePointAt(i);
            int w = widths.of(cp);
            if (used + w > column && w > 0) {
                return i;
            }
            used += w;
            i += Character.charCount(cp);
        }
        boolean nextRowStartsHere = !row.last() && r + 1 < rows.size() && rows.get(r + 1).start() == row.end();
        return nextRowStartsHere && row.end() > row.start() ? text.offsetByCodePoints(row.end(), -1) : row.end();
    }
}
