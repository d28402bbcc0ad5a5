package dev.fenghuang.site.forum.scan;

/** Matching a lower-case ASCII word in any case, as a {@code toLowerCase(Locale.ROOT)} copy would match it. */
final class IgnoringCase {
    private IgnoringCase() {
    }

    /**
     * Whether {@code text} holds the lower-case ASCII {@code word} in any case, as {@code toLowerCase(ROOT)} would
     * find it, without a lower-cased copy. Beside ASCII only the Kelvin sign lowers to an ASCII letter alone; the
     * dotted capital I lowers to two characters, {@code i} and a combining dot, so it stands for an {@code i} that
     * ends the word only.
     */
    static boolean contains(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (spelt(text, i, word, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is spelt in {@code text} at {@code at} (which has room for it): as {@link #contains} finds
     * it where {@code ignoringCase}, else as written.
     */
    static boolean spelt(String text, int at, String word, boolean ignoringCase) {
        int j = 0;
        while (j < word.length() && (ignoringCase ? lowersTo(text.charAt(at + j), word.charAt(j),
                j == word.length() - 1) : text.charAt(at + j) == word.charAt(j))) {
            j++;
        }
        return j == word.length();
    }

    private static boolean lowersTo(char c, char lower, boolean last) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == lower;
        }
        return c == '\u0130' ? last && lower == 'i' : Character.toLowerCase(c) == lower;
    }
}
