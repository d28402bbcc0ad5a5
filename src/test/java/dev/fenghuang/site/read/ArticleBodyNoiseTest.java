package dev.fenghuang.site.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An ad block ({@code div} with a class starting {@code a_}) is noise, its class names split as on whitespace. */
class ArticleBodyNoiseTest {
    private static final String[] PIECES = {"a_", "a", "_", "x", "ba_", " ", "\t", "\n", "\u000B", "\f", "\r",
        "\u00A0", "\u3000", "a_pr", "A_"};

    @Test
    void takesADivWithAnyClassStartingAUnderscoreAsNoise() {
        assertThat(ArticleBody.isNoise(div("a_pr"), "div")).isTrue();
        assertThat(ArticleBody.isNoise(div("x\ta_t"), "div")).isTrue();
        assertThat(ArticleBody.isNoise(div(" a_"), "div")).isTrue();
        assertThat(ArticleBody.isNoise(div("ba_x xa_"), "div")).isFalse();
        assertThat(ArticleBody.isNoise(div("x\u00A0a_t"), "div")).isFalse();
    }

    @Test
    void splitsClassNamesAsTheWhitespacePatternDoes() {
        Random random = new Random(10);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder classes = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                classes.append(PIECES[random.nextInt(PIECES.length)]);
            }
            boolean expected = false;
            for (String name : classes.toString().split("\\s+")) {
                expected |= name.startsWith("a_");
            }
            assertThat(ArticleBody.isNoise(div(classes.toString()), "div")).as(classes.toString()).isEqualTo(expected);
        }
    }

    private static Element div(String classes) {
        return new Element("div").attr("class", classes);
    }
}
