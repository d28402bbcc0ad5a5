package dev.fenghuang.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of the local search: text as the full-text index holds it, and a reader's query as an FTS5 match.
 *
 * <p>SQLite's {@code unicode61} tokenizer splits on spaces and punctuation only, so a run of Chinese would be one
 * word and 渠县 would never be found inside 渠县杂谈. Its {@code trigram} tokenizer finds substrings, but cannot match
 * a query shorter than three characters, and most Chinese words are two. So each run of CJK characters is written as
 * its overlapping bigrams followed by its last character alone (渠县杂谈 as 渠县 县杂 杂谈 谈), other letters and digits
 * as words, and {@code unicode61} indexes that: a query of two or more characters is the phrase of its bigrams, one
 * character is the prefix query of it (every character starts a bigram or is a run's last), a Latin word is a word.
 * Pure functions.
 */
final class SearchWords {
    /** Changes when the indexed form changes: a file indexed by another version is indexed again. */
    static final String VERSION = "bigram-1";

    private SearchWords() {
    }

    /** The text as the index holds it: bigrams and last characters of CJK runs, other words as they are. */
    static String indexed(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (Run run : runs(text)) {
            if (run.cjk()) {
                int[] cps = run.text().codePoints().toArray();
                for (int i = 0; i + 1 < cps.length; i++) {
                    out.append(' ').appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]);
                }
                out.append(' ').appendCodePoint(cps[cps.length - 1]);
            } else {
                out.append(' ').append(run.text());
            }
        }
        return out.toString().strip();
    }

    /**
     * The query as an FTS5 match expression: every run of the query must be found (AND). Empty when it holds no
     * letter or digit: nothing to look for.
     */
    static String match(String query) {
        List<String> parts = new ArrayList<>();
        for (Run run : runs(query == null ? "" : query)) {
            if (run.cjk()) {
                int[] cps = run.text().codePoints().toArray();
                if (cps.length == 1) {
                    parts.add("\"" + run.text() + "\"*");
                } else {
                    StringBuilder phrase = new StringBuilder("\"");
                    for (int i = 0; i + 1 < cps.length; i++) {
                        phrase.append(i == 0 ? "" : " ").appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]);
                    }
                    parts.add(phrase.append('"').toString());
                }
            } else {
                parts.add("\"" + run.text() + "\"");
            }
        }
        return String.join(" AND ", parts);
    }

    /** What the query looks for, to mark in the text found: its CJK runs and words, Latin ones lower-cased. */
    static List<String> needles(String query) {
        return runs(query == null ? "" : query).stream()
                .map(r -> r.cjk() ? r.text() : r.text().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** A stretch of CJK characters, or of other letters and digits; separators are dropped. */
    record Run(String text, boolean cjk) {
    }

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean currentCjk = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = isCjk(cp);
            boolean word = cjk || Character.isLetterOrDigit(cp);
            if (!word || (currentCjk != null && currentCjk != cjk)) {
                if (currentCjk != null) {
                    runs.add(new Run(current.toString(), currentCjk));
                }
                current.setLength(0);
                currentCjk = null;
            }
            if (word) {
                current.appendCodePoint(cp);
                currentCjk = cjk;
            }
        }
        if (currentCjk != null) {
            runs.add(new Run(current.toString(), currentCjk));
        }
        return runs;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
