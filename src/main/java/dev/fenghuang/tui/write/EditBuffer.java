package dev.fenghuang.tui.write;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.TerminalText;

/**
 * The text being written and the cursor in it, as an offset in chars that never falls inside a surrogate pair or
 * before a combining mark's base. Only what the keys do: insert, delete and move by character; moving by row is
 * {@link EditorLines}'s business.
 */
final class EditBuffer {
    /** More than any site takes; beyond this, typing is ignored so a pasted flood cannot stall the screen. */
    static final int MAX_CHARS = 20_000;

    private final StringBuilder text;
    private final ColumnWidth widths;
    private int cursor;

    EditBuffer(String initial, ColumnWidth widths) {
        this.widths = widths;
        this.text = new StringBuilder(clean(initial));
        this.cursor = text.length();
    }

    /** Tabs become spaces, other controls except line breaks go; CR LF and CR become LF. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        String[] lines = s.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").split("\n", -1);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(TerminalText.clean(lines[i]));
        }
        return sb.length() > MAX_CHARS ? sb.substring(0, MAX_CHARS) : sb.toString();
    }

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    int length() {
        return text.length();
    }

    boolean isBlank() {
        return text.toString().isBlank();
    }

    /** Puts the cursor at an offset, moved back to a character boundary. */
    void moveTo(int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        while (at > 0 && at < text.length() && !boundary(at)) {
            at--;
        }
        cursor = at;
    }

    private boolean boundary(int at) {
        if (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
            return false;
        }
        int cp = text.codePointAt(at);
        boolean skinTone = cp >= 0x1F3FB && cp <= 0x1F3FF;
        return cp == '\n' || widths.of(cp) > 0 && !skinTone || Character.isWhitespace(cp)
                || text.charAt(at - 1) == '\n';
    }

    /** Inserts typed or pasted text at the cursor and moves past it. */
    void insert(String s) {
        String clean = clean(s);
        int room = MAX_CHARS - text.length();
        if (room <= 0 || clean.isEmpty()) {
            return;
        }
        String fitted = clean.length() > room ? clean.substring(0, room) : clean;
        if (Character.isHighSurrogate(fitted.charAt(fitted.length() - 1))) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        text.insert(cursor, fitted);
        cursor += fitted.length();
    }

    void left() {
        moveTo(previous(cursor));
    }

    void right() {
        moveTo(next(cursor));
    }

    /** Deletes the character before the cursor (with its combining marks). */
    void backspace() {
        if (cursor > 0) {
            int from = previous(cursor);
            text.delete(from, cursor);
            cursor = from;
        }
    }

    /** Deletes the character at the cursor. */
    void delete() {
        if (cursor < text.length()) {
            text.delete(cursor, next(cursor));
        }
    }

    private int previous(int at) {
        int i = at;
        do {
            i = i > 0 ? text.offsetByCodePoints(i, -1) : 0;
        } while (i > 0 && !boundary(i));
        return i;
    }

    private int next(int at) {
        int i = at;
        do {
            i = i < text.length() ? text.offsetByCodePoints(i, 1) : text.length();
        } while (i < text.length() && !boundary(i));
        return i;
    }
}
