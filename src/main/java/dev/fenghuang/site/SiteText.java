package dev.fenghuang.site;

import dev.fenghuang.model.SafeText;
import org.jsoup.nodes.Element;

/**
 * Text from the site made safe for a terminal: escape sequences, controls and format characters removed (by the one
 * sanitizer, {@link SafeText}), whitespace collapsed; URLs percent-encoded where they hold such characters. Every
 * string this package puts into a record goes through here.
 */
public final class SiteText {
    private SiteText() {
    }

    /** The element's text, whitespace collapsed (non-breaking spaces included), trimmed, controls removed. */
    public static String of(Element element) {
        return element == null ? "" : line(element.text());
    }

    /** One line: controls removed, any whitespace run (also newlines, U+00A0) made one space, trimmed. */
    public static String line(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String clean = strip(raw);
        StringBuilder out = new StringBuilder(clean.length());
        boolean pendingSpace = false;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace that HTML collapses, plus the non-breaking space. Not U+3000. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
    }

    /** The text through the one sanitizer, {@link SafeText#strip}: no escape sequence, control or format character. */
    public static String strip(String raw) {
        return SafeText.strip(raw);
    }

    /** A URL from the site through {@link SafeText#url}: what could act on a terminal is percent-encoded. */
    public static String url(String raw) {
        return SafeText.url(raw);
    }
}
