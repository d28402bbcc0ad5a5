package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.SiteText;

/** Turns the raw text of one body paragraph into what a reader sees. */
public final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * Controls removed; the leading indent (U+3000, spaces, non-breaking spaces) and trailing blanks dropped;
     * inner runs of HTML whitespace made one space. Inner U+3000 stays, CJK text is untouched.
     */
    public static String clean(CharSequence raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && ArticleBody.isIndent(raw.charAt(start))) {
            start++;
        }
        while (end > start && ArticleBody.isIndent(raw.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return "";
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (SiteText.isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return SiteText.strip(out.toString());
    }
}
