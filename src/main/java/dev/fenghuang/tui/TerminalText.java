package dev.fenghuang.tui;

/**
 * Makes text from a site safe to draw: no control character or escape sequence reaches the terminal. C0 and C1
 * controls and DEL are removed (tabs and line breaks become spaces), as are the bidirectional overrides that could
 * reorder what is shown, and lone surrogates become U+FFFD.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text with every control removed; null gives "". */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacementFor(text, i, c);
            if (replacement == null) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length());
                sb.append(text, 0, i);
            }
            sb.append(replacement);
        }
        return sb == null ? text : sb.toString();
    }

    /** Null to keep the char; otherwise what to put instead. */
    private static String replacementFor(String text, int i, char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C') {
            return " ";
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isBidiControl(c)) {
            return "";
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return null;
            }
            return "\uFFFD";
        }
        if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
            return "\uFFFD";
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
    }
}
