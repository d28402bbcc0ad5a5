package dev.fenghuang.site.markup.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tag and attribute names come out as {@code toLowerCase(Locale.ROOT)} makes them, whether they are found among the
 * common names or copied: in any ASCII case, with digits, and attribute names also with characters that lower-case
 * to ASCII letters (the Kelvin sign to {@code k}) or to more than one character (a dotted capital I).
 */
class HtmlTokenNamesTest {
    private static final String[] PIECES = {"a", "A", "d", "D", "i", "I", "v", "V", "h", "H", "r", "R", "e", "E", "f",
        "F", "s", "S", "t", "T", "y", "l", "L", "k", "\u212A", "\u0130", "1", "c", "C", "n", "N", "m", "M", "o", "b",
        "div", "DIV", "span", "Span", "href", "HREF", "class", "cLaSs", "style", "id", "ID", "onclick", "table"};

    @Test
    void namesAreLowerCasedAsTheRootLocaleDoes() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            String tag = letter(random) + name(random).replaceAll("[^A-Za-z0-9]", "");
            String attribute = name(random);
            String html = "<" + tag + " " + attribute + "=\"v\">x</" + tag + ">";
            HtmlTokens tokens = new HtmlTokens(html);
            assertThat(tokens.next()).as(html).isEqualTo(HtmlTokens.Kind.START);
            assertThat(tokens.name).as(html).isEqualTo(tag.toLowerCase(Locale.ROOT));
            assertThat(tokens.attributes.asList().get(0).getKey()).as(html)
                    .isEqualTo(attribute.toLowerCase(Locale.ROOT));
            tokens.next();
            assertThat(tokens.next()).as(html).isEqualTo(HtmlTokens.Kind.END);
            assertThat(tokens.name).as(html).isEqualTo(tag.toLowerCase(Locale.ROOT));
        }
    }

    /** A tag name's first character: an ASCII letter, which a name must start with. */
    private static String letter(Random random) {
        String letters = "aAbBdDhHiIsStTcC";
        return String.valueOf(letters.charAt(random.nextInt(letters.length())));
    }

    private static String name(Random random) {
        StringBuilder out = new StringBuilder();
        for (int j = 1 + random.nextInt(3); j > 0; j--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }
}
