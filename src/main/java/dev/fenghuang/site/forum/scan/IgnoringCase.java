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
        return holds(text, 0, text.length(), word, true);
    }

    /**
     * Whether {@code text} from {@code from} to {@code to} holds {@code word}: as {@link #contains} where
     * {@code ignoringCase}, else as written.
     */
    static boolean holds(String text, int from, int to, String word, boolean ignoringCase) {
        for (int i = from; i + word.length() <= to; i++) {
            int j = 0;
            while (j < word.length() && (ignoringCase ? lowersTo(text.charAt(i + j), word.charAt(j),
                    j == word.length() - 1) : text.charAt(i + j) == word.charAt(j))) {
                j++;
            }
            if (j == word.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowersTo(char c, char lower, boolean last) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == lower;
        }
        return c == '\u0130' ? last && lower == 'i' : Character.toLowerCase(c) == lower;
    }
}
