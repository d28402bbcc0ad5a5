package dev.fenghuang.site.write;

import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.model.Comment;
import java.util.regex.Pattern;

/**
 * Whether a comment as the site shows it is a given posted text. The site escapes HTML, turns a little BBCode into
 * markup, turns line breaks into {@code <br />}, splits the quote off, and cuts long texts ending them in
 * {@code  ...}: both sides are compared without quote, tags and whitespace differences.
 */
final class CommentMatch {
    private static final Pattern QUOTE = Pattern.compile("(?is)\\[quote].*?\\[/quote]");
    private static final Pattern TAGS = Pattern.compile("(?i)\\[/?(?:b|i|u|url)(?:=[^\\]]*)?]|\\[em:\\d+:]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final String CUT = "...";

    private CommentMatch() {
    }

    static boolean sameText(String posted, Comment shown) {
        String want = normal(TAGS.matcher(QUOTE.matcher(posted).replaceAll(" ")).replaceAll(""));
        String have = normal(shown.text());
        if (want.equals(have)) {
            return true;
        }
        if (have.endsWith(CUT) && have.length() > CUT.length()) {
            String kept = have.substring(0, have.length() - CUT.length()).strip();
            return !kept.isEmpty() && want.startsWith(kept);
        }
        return false;
    }

    private static String normal(String text) {
        return SPACE.matcher(SiteText.strip(text == null ? "" : text)).replaceAll(" ").strip();
    }
}
