package dev.fenghuang.site.forum.scan;

/**
 * The text of one element as {@link ThreadPageScan} reads it from the page's text: what jsoup's {@code text()} and
 * {@code ownText()} give for an element holding text and inline elements only (white space collapsed, U+00A0 too,
 * U+200B and U+00AD dropped, then {@code trim()}). A block element or {@code br} inside marks the capture as one the
 * scan cannot vouch for, should its text be wanted.
 */
final class TextCapture {
    final int depth;
    private final StringBuilder all = new StringBuilder();
    private final StringBuilder own = new StringBuilder();
    private boolean plain = true;

    /** Captures the element opened at {@code depth} (its children stand at depth + 1). */
    TextCapture(int depth) {
        this.depth = depth;
    }

    void text(String decoded, int textDepth) {
        all.append(decoded);
        if (textDepth == depth + 1) {
            own.append(decoded);
        }
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
        return normalised(all);
    }

    /** {@code ownText()}; call only when {@link #plain()}. */
    String ownText() {
        return normalised(own);
    }

    static String normalised(CharSequence raw) {
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
}
