package dev.fenghuang.tui.text;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns text into what the screen draws, cell by cell, so that Lanterna's idea of each character's width agrees
 * with {@link ColumnWidth}, which laid the text out. Where the two differ (an ambiguous character the terminal
 * shows wide, an emoji Lanterna thinks narrow, a letter with a combining mark) the character is replaced by one
 * of the width the layout gave it, or padded with spaces, so nothing after it on the row shifts.
 */
public final class Glyphs {
    /** Stand-ins of two columns, for characters the terminal shows wide and Lanterna counts as one. */
    private static final Map<Integer, String> WIDE_STAND_INS = Map.ofEntries(
            Map.entry(0x201C, "\uFF02"), Map.entry(0x201D, "\uFF02"), Map.entry(0x2018, "\uFF07"),
            Map.entry(0x2019, "\uFF07"), Map.entry(0x00B7, "\u30FB"), Map.entry(0x2022, "\u30FB"),
            Map.entry(0x2026, ".."), Map.entry(0x2014, "--"), Map.entry(0x2013, "--"), Map.entry(0x2015, "--"),
            Map.entry(0x2502, "| "), Map.entry(0x2500, "--"), Map.entry(0x203A, "\u3009"),
            Map.entry(0x00D7, "\uFF58"), Map.entry(0x2605, "\uFF0A"), Map.entry(0x2606, "\uFF0A"));
    private static final String UNKNOWN_WIDE = "\uFF1F";

    /** Code points per page of {@link #bmp}. */
    private static final int PAGE = 256;

    private final ColumnWidth widths;
    /**
     * The text drawn for each code point of the basic plane met so far, in pages of 256 made as text needs them: one
     * array for the whole plane held 256 KB all session, where an article's text touches a few dozen pages.
     */
    private final String[][] bmp = new String[0x10000 / PAGE][];

    public Glyphs(ColumnWidth widths) {
        this.widths = widths;
    }

    ColumnWidth widths() {
        return widths;
    }

    /**
     * The text to draw for a piece of text: each grapheme cluster replaced, where needed, by characters that take
     * the same number of columns in Lanterna as the cluster takes by {@link ColumnWidth}.
     */
    String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = clusterEnd(text, i);
            if (end == i + 1 || (end == i + 2 && Character.isHighSurrogate(text.charAt(i)))) {
                out.append(single(text.codePointAt(i)));
            } else {
                out.append(cluster(text.substring(i, end)));
            }
            i = end;
        }
        return out.toString();
    }

    /** The Lanterna characters to put in consecutive cells for drawable text. */
    static List<TextCharacter> cells(String drawable) {
        List<TextCharacter> cells = new ArrayList<>(drawable.length());
        for (int i = 0; i < drawable.length(); ) {
            int cp = drawable.codePointAt(i);
            int n = Character.charCount(cp);
            cells.add(TextCharacter.fromString(drawable.substring(i, i + n))[0]);
            i += n;
        }
        return cells;
    }

    /** Lanterna's width of one code point drawn alone. */
    static int lanternaWidth(int cp) {
        if (Character.isSupplementaryCodePoint(cp)) {
            return 2;
        }
        char c = (char) cp;
        return TerminalTextUtils.isCharDoubleWidth(c) || !TerminalTextUtils.isPrintableCharacter(c) ? 2 : 1;
    }

    private String single(int cp) {
        if (cp < 0x10000) {
            String[] page = bmp[cp / PAGE];
            if (page == null) {
                page = new String[PAGE];
                bmp[cp / PAGE] = page;
            }
            String s = page[cp % PAGE];
            if (s == null) {
                s = fit(cp, new String(Character.toChars(cp)), widths.of(cp));
                page[cp % PAGE] = s;
            }
            return s;
        }
        return fit(cp, new String(Character.toChars(cp)), widths.of(cp));
    }

    private String cluster(String cluster) {
        int ours = widths.of(cluster);
        String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        int first = composed.codePointAt(0);
        if (composed.length() == Character.charCount(first)) {
            return fit(first, composed, ours);
        }
        return fit(first, new String(Character.toChars(first)), ours);
    }

    /** The characters that take {@code ours} columns in Lanterna, showing {@code cp} where it can. */
    private static String fit(int cp, String text, int ours) {
        if (ours <= 0) {
            return "";
        }
        int theirs = lanternaWidth(cp);
        if (theirs == ours) {
            return text;
        }
        if (theirs < ours) {
            if (theirs == 2) {
                return text + " ".repeat(ours - 2);
            }
            String standIn = WIDE_STAND_INS.getOrDefault(cp, UNKNOWN_WIDE);
            return ours == 2 ? standIn : standIn + " ".repeat(ours - 2);
        }
        return "?".repeat(ours);
    }

    /** Where the grapheme cluster starting at {@code start} ends: a base with its marks and joined parts. */
    private int clusterEnd(String s, int start) {
        int i = start + Character.charCount(s.codePointAt(start));
        boolean joined = s.codePointAt(start) == 0x200D;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!joined && widths.of(cp) != 0) {
                break;
            }
            joined = cp == 0x200D;
            i += Character.charCount(cp);
        }
        return i;
    }
}
