package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A tag name read in the page's characters is numbered as its copy with ASCII letters lower-cased would be found among
 * the names (the scanner reads ASCII names only; anything else is no known name).
 */
class TagNamesTest {
    @Test
    void aNameIsNumberedAsItsLowerCasedCopyIsFound() {
        String[] pieces = {"a", "A", "b", "d", "D", "iv", "IV", "i", "n", "put", "str", "ong", "on", "g", "_js_", "op",
            "ignore", "block", "QUOTE", "quote", "t", "r", "h", "1", "\0", "\u0130", "\u212A", "\u4e2d", "-", ":", "e"};
        Random random = new Random(10);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int p = random.nextInt(4); p >= 0; p--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            assertNumbered(name.toString());
        }
        for (String known : TagNames.NAMES) {
            assertNumbered(known);
            assertNumbered(known.toUpperCase(Locale.ROOT));
            assertNumbered("\0" + known);
            assertNumbered(known + "\0");
        }
    }

    private static void assertNumbered(String name) {
        String page = "<" + name + ">";
        StringBuilder lower = new StringBuilder();
        for (char c : name.toCharArray()) {
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        int expected = java.util.Arrays.asList(TagNames.NAMES).indexOf(lower.toString());
        assertThat(TagNames.index(page, 1, page.length() - 1)).as(name).isEqualTo(expected);
    }
}
