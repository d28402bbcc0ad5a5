package dev.fenghuang.site.forum.scan;

/**
 * A word looked for in a stretch of a page, found from its rarest character. On Java 17, searching a page held as
 * UTF-16 (any page with CJK text) for an ASCII word runs about fifteen times slower than searching it for one
 * character, and has no end bound; most words the thread page is searched for are not there at all. So the page is
 * searched for the word's character least often met in a Discuz page (by a fixed ranking), and the word checked
 * where that stands: the same first place that {@link String#indexOf(String, int)} gives, for any text and word.
 */
public final class RareCharSearch {
    /** Printable ASCII by how seldom it stands in the demo's and the hand-written thread page, rarest first. */
    private static final String RARE_FIRST = "Q*O{}VZFGHN]+!JUXL$KYIRSMA[PE%BDT#|CqWj()z94,856-x37:k'y?w2b_.0&;gu1"
            + "fhnv/omrclet=pd<>isa\" ";

    private final String word;
    /** The index in the word of its rarest character, the one searched for. */
    private final int anchor;
    private final char rare;

    /** A search for {@code word}, which is not empty. */
    public RareCharSearch(String word) {
        this.word = word;
        this.anchor = anchor(word);
        this.rare = word.charAt(anchor);
    }

    /**
     * The first place from {@code from} on where the word stands whole before {@code to}, or -1: as
     * {@code text.substring(0, to).indexOf(word, from)}, without the copy.
     */
    public int in(String text, int from, int to) {
        int last = Math.min(to, text.length()) - word.length();
        int start = Math.max(0, from);
        if (start > last) {
            return -1;
        }
        for (int at = text.indexOf(rare, start + anchor); at >= 0 && at - anchor <= last;
                at = text.indexOf(rare, at + 1)) {
            if (text.startsWith(word, at - anchor)) {
                return at - anchor;
            }
        }
        return -1;
    }

    /** The index in {@code word} of its rarest character by {@link #RARE_FIRST} (characters not ranked last). */
    static int anchor(String word) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < word.length(); i++) {
            int rank = RARE_FIRST.indexOf(word.charAt(i));
            rank = rank < 0 ? RARE_FIRST.length() : rank;
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }
}
