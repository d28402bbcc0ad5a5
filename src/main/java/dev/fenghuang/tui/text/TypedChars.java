package dev.fenghuang.tui.text;

/**
 * Chars typed into a one-line field, as a terminal delivers them: one key stroke per UTF-16 char, so an emoji comes
 * as a high surrogate and then a low one. The high half is held until its partner arrives and the pair is cleaned and
 * appended as one character; a half that comes alone is cleaned alone (it shows as the replacement character).
 */
public final class TypedChars {
    private char pendingHigh;

    /** What the typed char adds to the field: "" while a surrogate pair waits for its second half. */
    public String next(char c) {
        if (Character.isHighSurrogate(c)) {
            String dropped = pendingHigh != 0 ? TerminalText.clean(String.valueOf(pendingHigh)) : "";
            pendingHigh = c;
            return dropped;
        }
        String typed = pendingHigh != 0 && Character.isLowSurrogate(c) ? new String(new char[] {pendingHigh, c})
                : (pendingHigh != 0 ? String.valueOf(pendingHigh) : "") + c;
        pendingHigh = 0;
        return TerminalText.clean(typed);
    }
}
