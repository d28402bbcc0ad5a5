package dev.fenghuang.site.markup.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ReferencesTest {
    private static final List<String> PIECES = List.of("&", "amp", ";", "#", "x", "X", "38", "20013", "4e2d", "copy",
            "catid", "=", "a", "lt", "nbsp", "rsaquo", "not", "in", "1", "-", "_", " ", "中", "&#128;", "&#0;",
            "&#x110000;", "&#xD800;", "ampx", "notin", "quot", "gt", "hellip", "aid", "'", "\"", "<", "ac", "acute",
            "comment", "aelig", "AMP", "reg", "é", "٣");

    @Test
    void readsTheFormsOfADiscuzPage() {
        assertThat(References.decode("a &amp; b &lt;c&gt; &quot;d&quot; &nbsp;&rsaquo;", false))
                .isEqualTo("a & b <c> \"d\" \u00A0\u203A");
        assertThat(References.decode("portal.php?mod=list&catid=3&amp;page=2", true))
                .isEqualTo("portal.php?mod=list&catid=3&page=2");
        assertThat(References.decode("&#20013;&#x6587;", false)).isEqualTo("中文");
    }

    @Test
    void readsABareAmpersandInAnAttributeAsJsoupsTokenizerDoes() {
        // "ac" starts entities ("&ac;", "&acute;"), but only a few old ones may go without ";" and not before "="
        for (String link : List.of("home.php?mod=spacecp&ac=comment", "forum.php?mod=post&action=reply",
                "a&copy=1", "a&copy-1", "a&copy_1", "a&copy1", "a&reg", "a&amp=1", "a&notin=2", "a&ac", "a&ac;")) {
            assertThat(References.decode(link, true)).as(link).isEqualTo(Parser.unescapeEntities(link, true));
        }
        assertThat(References.isPlainInAttribute("ac", '=')).isTrue();
        assertThat(References.isPlainInAttribute("action", '=')).isTrue();
        assertThat(References.isPlainInAttribute("copy", '=')).isTrue();
        assertThat(References.isPlainInAttribute("copy", ' ')).isFalse();
        assertThat(References.isPlainInAttribute("reg", '\0')).isFalse();
    }

    @Test
    void leavesTheOtherFormsToJsoup() {
        // An entity without its semicolon is decoded in text and left alone in an attribute.
        assertThat(References.decode("&copy=1", false)).isEqualTo("\u00A9=1");
        assertThat(References.decode("&copy=1", true)).isEqualTo("&copy=1");
        assertThat(References.decode("&#128;", false)).isEqualTo("\u20AC");
    }

    /** The remembered answers for names after a bare {@code &} are jsoup's, also once no more are remembered. */
    @Test
    void remembersWhatJsoupSaysOfANameAfterABareAmpersand() {
        Random random = new Random(13);
        String letters = "acdeilmnoprstuxyz";
        for (int i = 0; i < 3 * References.MOST_REMEMBERED; i++) {
            StringBuilder name = new StringBuilder();
            for (int j = 1 + random.nextInt(6); j > 0; j--) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            boolean jsoup = !org.jsoup.nodes.Entities.isNamedEntity(name.toString())
                    && org.jsoup.nodes.Entities.findPrefix(name.toString()).isEmpty();
            assertThat(References.isPlainAmpersand(name.toString())).as(name.toString()).isEqualTo(jsoup);
            assertThat(References.isPlainAmpersand(name.toString())).as(name.toString()).isEqualTo(jsoup);
        }
    }

    @Test
    void decodesAsJsoupOnRandomStrings() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                raw.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = raw.toString();
            boolean attribute = random.nextBoolean();
            assertThat(References.decode(text, attribute)).as("%s (attribute %s)", text, attribute)
                    .isEqualTo(Parser.unescapeEntities(text, attribute));
        }
    }
}
