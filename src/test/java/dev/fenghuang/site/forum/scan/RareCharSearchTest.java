package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A word found from its rarest character stands where {@code String.indexOf} finds it in the text cut at the bound:
 * on random texts made of the word's own pieces (so it stands often, overlapping itself, cut by the bound), and on
 * the words the thread page is searched for.
 */
class RareCharSearchTest {
    private static final String[] WORDS = {"thread_subject", "<h1", "fastpostform", "id=\"messagetext\"",
        "id=\"main_message\"", "<base ", "<div id=\"pt\"", "<div id=\"pgt\"", "<div class=\"pgs",
        "id=\"fastpostform\"", "<div id=\"post_", "aa", "a", "aba", "\u4e2d\u6587", "Qj", "jj_j"};
    private static final String OTHERS = "<div>\u4e2d x_ j";

    @Test
    void findsTheFirstPlaceThatIndexOfFindsInTheCutText() {
        Random random = new Random(10);
        for (int n = 0; n < 40_000; n++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            String text = text(random, word);
            int to = random.nextInt(text.length() + 3);
            int from = random.nextInt(text.length() + 3) - 2;
            String cut = text.substring(0, Math.min(to, text.length()));
            int expected = cut.indexOf(word, from);
            assertThat(new RareCharSearch(word).in(text, from, to)).as("%s in %s from %d to %d", word, text, from, to)
                    .isEqualTo(expected);
        }
    }

    @Test
    void searchesForTheRarestCharacter() {
        assertThat(RareCharSearch.anchor("thread_subject")).isEqualTo("thread_subject".indexOf('j'));
        assertThat(RareCharSearch.anchor("id=\"messagetext\"")).isEqualTo("id=\"messagetext\"".indexOf('x'));
        assertThat(RareCharSearch.anchor("<h1")).isEqualTo(2);
        assertThat(RareCharSearch.anchor("\u4e2d")).isZero();
    }

    /** Pieces of the word, other characters and the word itself, joined at random. */
    private static String text(Random random, String word) {
        StringBuilder text = new StringBuilder();
        for (int p = random.nextInt(12); p >= 0; p--) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(word);
                case 1 -> {
                    int from = random.nextInt(word.length());
                    text.append(word, from, from + random.nextInt(word.length() - from) + 1);
                }
                case 2 -> text.append(OTHERS.charAt(random.nextInt(OTHERS.length())));
                default -> text.append(word.charAt(random.nextInt(word.length())));
            }
        }
        return text.toString();
    }
}
