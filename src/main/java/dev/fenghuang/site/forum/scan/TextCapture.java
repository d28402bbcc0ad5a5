package dev.fenghuang.site.forum.scan;

/**
 * The text of one element as {@link ThreadPageScan} reads it from the page's text: what jsoup's {@code text()} and
 * {@code ownText()} give for an element holding text and inline elements only (white space collapsed, U+00A0 too,
 * U+200B and U+00AD dropped, then {@code trim()}). A block element or {@code br} inside marks the capture as one the
 * scan cannot vouch for, should its text be wanted.
 */
final class TextCapture {
    final int depth;
    /** The text read so far while it is one piece; null before the first and once {@link #all} holds them. */
    private String first;
    private StringBuilder all;
    /**
     * The text directly inside, kept apart only from the first piece read deeper in on: until then it is all the
     * text ({@link #ownIsAll}), as it is for most captures (a link's or a term's text).
     */
    private StringBuilder own;
    private boolean ownIsAll = true;
    private boolean plain = true;

    /** Captures the element opened at {@code depth} (its children stand at depth + 1). */
    TextCapture(int depth) {
        this.depth = depth;
    }

    void text(String decoded, int textDepth) {
        boolean direct = textDepth == depth + 1;
        if (ownIsAll && !direct) {
            own = new StringBuilder(whole());
            ownIsAll = false;
        } else if (!ownIsAll && direct) {
            own.append(decoded);
        }
        if (all != null) {
            all.append(decoded);
        } else if (first == null) {
            first = decoded;
        } else {
            all = new StringBuilder(first.length() + decoded.length() + 16).append(first).append(decoded);
            first = null;
        }
    }

    /** All the text read so far, as written. */
    private CharSequence whole() {
        return all != null ? all : first != null ? first : "";
    }

    /** An element opened inside: anything but an inline element makes the text unsure. */
    void element(boolean inline) {
        plain &= inline;
    }

    boolean plain() {
        return plain;
    }

    /** {@code text()}; call only when {@link #plain()}. */
    String text() {
        return normalised(whole());
    }

    /** {@code ownText()}; call only when {@link #plain()}. */
    String ownText() {
        return ownIsAll ? text() : normalised(own);
    }

    static String normalised(CharSequence raw) {
        if (raw instanceof String plainText && isNormal(plainText)) {
            return plainText;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200B' || c == '\u00AD') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().trim();
    }

    /**
     * Whether {@link #normalised} gives the text back as it is: nothing to drop, no white space but single spaces,
     * nothing for {@code trim()} at either end.
     */
    private static boolean isNormal(String text) {
        int last = text.length() - 1;
        if (last >= 0 && (text.charAt(0) <= ' ' || text.charAt(last) <= ' ')) {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i - 1) == ' ' : c < ' ' || c == '\u00A0' || c == '\u200B' || c == '\u00AD') {
                return false;
            }
        }
        return true;
    }
}
