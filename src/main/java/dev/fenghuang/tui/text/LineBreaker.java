package dev.fenghuang.tui.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a number of terminal columns the way Chinese typesetting expects: any two CJK characters may
 * be broken between, Latin words and numbers stay whole where they fit (a longer one, such as a URL, is broken
 * at the edge), no line starts with closing punctuation (，。、；：？！）》」』】”’…) and none ends with opening
 * punctuation (（《「『【“‘). A wide character is never split across the edge. Linear in the text's length.
 */
public final class LineBreaker {
    private static final String NO_START = "，。、；：？！）》」』】〕〗〙〛］｝〉”’…‥・·％‰℃°ー〜～゛゜ヽヾゝゞ々〻"
            + "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ．，！？：；）］｝＞｠»›,.;:!?)]}%";
    private static final String NO_END = "（《「『【〔〖〘〚［｛〈“‘＄￥＃（(［[{｛«‹$¥#@";

    private final ColumnWidth widths;

    public LineBreaker(ColumnWidth widths) {
        this.widths = widths;
    }

    /** The widths this breaker measures with. */
    public ColumnWidth widths() {
        return widths;
    }

    /** One unbreakable piece: a CJK character, a Latin word, a run of spaces, with its combining marks. */
    private record Unit(String text, int width, boolean space) {
    }

    /**
     * Wraps one paragraph.
     *
     * @param text the paragraph, without line breaks
     * @param width columns available on each line (at least 2)
     * @param firstIndent columns the first line gives up to an indent
     * @return the lines, without the indent and without trailing spaces; one empty line for empty text
     */
    public List<String> wrap(String text, int width, int firstIndent) {
        int max = Math.max(2, width);
        List<String> lines = new ArrayList<>();
        List<Unit> line = new ArrayList<>();
        int used = 0;
        int limit = Math.max(2, max - Math.max(0, firstIndent));
        for (Unit u : units(text)) {
            if (used + u.width() <= limit) {
                if (!(u.space() && line.isEmpty() && !lines.isEmpty())) {
                    line.add(u);
                    used += u.width();
                }
            } else if (u.space()) {
                lines.add(join(line));
                line = new ArrayList<>();
                used = 0;
                limit = max;
            } else if (u.width() > max) {
                // Longer than any line (a URL, a run of digits): fill this line, then whole lines, keep the tail.
                Unit tail = splitLong(u, line, limit - used, max, lines);
                line = new ArrayList<>(List.of(tail));
                used = tail.width();
                limit = max;
            } else {
                List<Unit> carried = carryOver(line, u, max);
                lines.add(join(line));
                line = carried;
                line.add(u);
                used = line.stream().mapToInt(Unit::width).sum();
                limit = max;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(join(line));
        }
        return lines;
    }

    /**
     * Moves units from the end of a full line to the next so that the next line does not start with closing
     * punctuation and this one does not end with opening punctuation; never empties the line. When what would
     * move does not fit on the next line with {@code next} (a run of opening brackets, a narrow window), nothing
     * moves: a line wider than the window is worse than a bracket at its end.
     */
    private static List<Unit> carryOver(List<Unit> line, Unit next, int max) {
        List<Unit> carried = new ArrayList<>();
        trimTrailingSpaces(line);
        List<Unit> full = new ArrayList<>(line);
        Unit first = next;
        int width = next.width();
        while (line.size() > 1 && (startsForbidden(first) || endsForbidden(line.get(line.size() - 1)))) {
            Unit moved = line.remove(line.size() - 1);
            carried.add(0, moved);
            width += moved.width();
            first = moved;
            trimTrailingSpaces(line);
        }
        if (width > max) {
            line.clear();
            line.addAll(full);
            return new ArrayList<>();
        }
        return carried;
    }

    /** Cuts an over-long unit at the edges; adds the full lines and returns the last, partial piece. */
    private Unit splitLong(Unit u, List<Unit> line, int room, int max, List<String> lines) {
        StringBuilder current = new StringBuilder(join(line));
        int free = room;
        String s = u.text();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = widths.of(cp);
            if (w > free && current.length() > 0) {
                lines.add(current.toString().stripTrailing());
                current.setLength(0);
                free = max;
            }
            current.appendCodePoint(cp);
            free -= w;
            i += Character.charCount(cp);
        }
        return new Unit(current.toString(), max - free, false);
    }

    private static void trimTrailingSpaces(List<Unit> line) {
        while (!line.isEmpty() && line.get(line.size() - 1).space()) {
            line.remove(line.size() - 1);
        }
    }

    private static boolean startsForbidden(Unit u) {
        return !u.space() && NO_START.indexOf(u.text().codePointAt(0)) >= 0;
    }

    private static boolean endsForbidden(Unit u) {
        return !u.space() && NO_END.indexOf(u.text().codePointBefore(u.text().length())) >= 0;
    }

    private static String join(List<Unit> line) {
        StringBuilder sb = new StringBuilder();
        for (Unit u : line) {
            sb.append(u.text());
        }
        return sb.toString().stripTrailing();
    }

    /** Splits text into units: words of narrow letters and digits, single wide characters, spaces. */
    private List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int wordWidth = 0;
        boolean joinNext = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int w = widths.of(cp);
            boolean space = Character.isWhitespace(cp) || cp == 0x3000;
            if ((w == 0 || joinNext) && !space) {
                // Combining marks, variation selectors and ZWJ sequences stay with what they modify.
                if (word.length() > 0) {
                    word.appendCodePoint(cp);
                    wordWidth += w;
                } else if (!units.isEmpty()) {
                    Unit last = units.remove(units.size() - 1);
                    units.add(new Unit(last.text() + new String(Character.toChars(cp)), last.width() + w, false));
                } else {
                    word.appendCodePoint(cp);
                    wordWidth += w;
                }
                joinNext = cp == 0x200D;
                continue;
            }
            joinNext = false;
            boolean wordChar = !space && w == 1;
            if (wordChar) {
                word.appendCodePoint(cp);
                wordWidth += w;
                continue;
            }
            if (word.length() > 0) {
                units.add(new Unit(word.toString(), wordWidth, false));
                word.setLength(0);
                wordWidth = 0;
            }
            String s = space ? (cp == 0x3000 ? "\u3000" : " ") : new String(Character.toChars(cp));
            units.add(new Unit(s, space ? widths.of(s) : w, space));
        }
        if (word.length() > 0) {
            units.add(new Unit(word.toString(), wordWidth, false));
        }
        return units;
    }
}
