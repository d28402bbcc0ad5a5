package dev.fenghuang.app;

/**
 * The longest comment a Discuz! X portal keeps whole (3.4 and pitfall 18 of the protocol reference): the site
 * HTML-escapes the text and cuts it, without a word, to the member group's limit — by default 1000 width units, an
 * ASCII character counting 1 and any other 2 — ending it with {@code " ..."}. A longer comment is refused here,
 * before it is saved or sent, rather than published cut.
 */
public final class CommentLength {
    /** The default group limit, in width units. */
    public static final int MAX_WIDTH = 1000;

    private CommentLength() {
    }

    /** The width the site counts: after escaping {@code & " < >}, 1 per ASCII character and 2 per other. */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += switch (c) {
                case '&' -> 5;  // &amp;
                case '"' -> 6;  // &quot;
                case '<', '>' -> 4;  // &lt; &gt;
                default -> c < 0x80 ? 1 : 2;
            };
            i += Character.charCount(c);
        }
        return width;
    }

    /** Refuses a text the site would cut. */
    public static void check(String text) {
        int width = width(text.strip());
        if (width > MAX_WIDTH) {
            throw new TooLong(width);
        }
    }

    /** A comment longer than the site keeps; nothing was saved or sent. */
    public static final class TooLong extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int width;

        public TooLong(int width) {
            super("the comment is " + width + " width units long; the site keeps " + MAX_WIDTH
                    + " (an ASCII character counts 1, any other 2) and silently cuts the rest");
            this.width = width;
        }

        public int width() {
            return width;
        }

        public int max() {
            return MAX_WIDTH;
        }
    }
}
