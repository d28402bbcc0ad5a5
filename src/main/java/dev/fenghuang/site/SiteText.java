package dev.fenghuang.site;

import org.jsoup.nodes.Element;

/**
 * Text from the site made safe for a terminal: control characters and escape sequences removed, whitespace
 * collapsed. Every string this package puts into a record goes through here.
 */
final class SiteText {
    private static final char ESC = 0x1B;
    private static final char CSI = 0x9B;
    private static final char OSC = 0x9D;
    private static final char BEL = 0x07;

    private SiteText() {
    }

    /** The element's text, whitespace collapsed (non-breaking spaces included), trimmed, controls removed. */
    static String of(Element element) {
        return element == null ? "" : line(element.text());
    }

    /** One line: controls removed, any whitespace run (also newlines, U+00A0) made one space, trimmed. */
    static String line(String raw) {
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
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
    }

    /**
     * Removes C0 controls except \n and \t, DEL, C1 controls, and whole ESC/CSI/OSC sequences. Also drops
     * U+FEFF and the bidi override characters, which can reorder what a terminal shows.
     */
    static String strip(String raw) {
        if (raw == null) {
            return "";
        }
        int n = raw.length();
        int i = 0;
        while (i < n && isKept(raw.charAt(i))) {
            i++;
        }
        if (i == n) {
            return raw;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(raw, 0, i);
        while (i < n) {
            char c = raw.charAt(i);
            if (c == ESC || c == CSI || c == OSC) {
                i = skipSequence(raw, i);
            } else {
                if (isKept(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isKept(char c) {
        if (c < 0x20) {
            return c == '\n' || c == '\t';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        return c != '\uFEFF' && !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069');
    }

    /** Index just after the escape sequence starting at {@code start}. */
    private static int skipSequence(String s, int start) {
        int n = s.length();
        char c = s.charAt(start);
        int i = start + 1;
        boolean csi = c == CSI;
        boolean osc = c == OSC;
        if (c == ESC && i < n) {
            char next = s.charAt(i);
            csi = next == '[';
            osc = next == ']' || next == 'P' || next == '_' || next == '^';
            i++;
        }
        if (csi) {
            while (i < n && (s.charAt(i) < 0x40 || s.charAt(i) > 0x7E)) {
                i++;
            }
            return Math.min(i + 1, n);
        }
        if (osc) {
            while (i < n) {
                char d = s.charAt(i);
                if (d == BEL || d == 0x9C) {
                    return i + 1;
                }
                if (d == ESC) {
                    return Math.min(i + 2, n);
                }
                i++;
            }
        }
        return i;
    }
}
