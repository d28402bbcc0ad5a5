package dev.fenghuang.store;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.search.MarkedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The matches of a local search marked in an article's title and in a short stretch of its text. Pure functions. */
final class SearchSnippet {
    /** Characters shown of the text around the first match. */
    static final int WIDTH = 80;
    /** Characters shown before the first match. */
    private static final int BEFORE = 20;

    private SearchSnippet() {
    }

    /** Every place a needle is found (Latin letters in either case), overlapping and touching ones joined. */
    static MarkedText mark(String text, List<String> needles) {
        List<int[]> found = new ArrayList<>();
        for (String needle : needles) {
            if (needle.isEmpty()) {
                continue;
            }
            for (int i = 0; i + needle.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, needle, 0, needle.length())) {
                    found.add(new int[] {i, i + needle.length()});
                }
            }
        }
        found.sort(Comparator.comparingInt(r -> r[0]));
        List<MarkedText.Mark> marks = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] r : found) {
            if (start >= 0 && r[0] <= end) {
                end = Math.max(end, r[1]);
            } else {
                if (start >= 0) {
                    marks.add(new MarkedText.Mark(start, end));
                }
                start = r[0];
                end = r[1];
            }
        }
        if (start >= 0) {
            marks.add(new MarkedText.Mark(start, end));
        }
        return new MarkedText(text, marks);
    }

    /**
     * A stretch of the summary or body around the first match (the summary's start when the match was elsewhere, in
     * the title or the author), with its matches marked and an ellipsis where it was cut.
     */
    static MarkedText of(Article article, List<String> needles) {
        List<String> texts = Stream.concat(Stream.ofNullable(article.summary()), article.paragraphs().stream())
                .filter(t -> !t.isBlank()).toList();
        for (String text : texts) {
            MarkedText marked = mark(text, needles);
            if (!marked.marks().isEmpty()) {
                return window(text, marked.marks().get(0).start(), needles);
            }
        }
        return texts.isEmpty() ? MarkedText.EMPTY : window(texts.get(0), 0, needles);
    }

    private static MarkedText window(String text, int match, List<String> needles) {
        int from = Math.max(0, match - BEFORE);
        int to = Math.min(text.length(), from + WIDTH);
        from = Math.max(0, Math.min(from, to - WIDTH));
        from = avoidSplitPair(text, from);
        to = avoidSplitPair(text, to);
        String cut = (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
        return mark(cut, needles);
    }

    /** An index moved back off the low half of a surrogate pair, so a cut never splits one character. */
    private static int avoidSplitPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
