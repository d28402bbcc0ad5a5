package dev.fenghuang.tui.text;

import dev.fenghuang.model.SafeText;

/**
 * Makes text safe to draw: no escape sequence, control or format character reaches the terminal. Line breaks, tabs
 * and the other white-space controls become spaces; the rest is {@link SafeText#strip}, the one sanitizer (whole
 * escape sequences, C0 and C1 controls, DEL, zero-width and bidirectional characters removed, lone surrogates made
 * U+FFFD).
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text on one line with every control removed; null gives "". */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (SafeText.isSafe(text) && text.indexOf('\n') < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder breaks = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            breaks.append(c == '\r' || c == '\u000B' || c == '\u000C' ? '\n' : c);
        }
        return SafeText.strip(breaks.toString()).replace('\n', ' ').replace('\t', ' ');
    }
}
