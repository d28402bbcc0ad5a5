package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Attributes read in place by the scanner are the ones jsoup reads, and the words found in them are theirs. */
class TagAttributesTest {
    private static final String[] WORDS = {"viewthread", "uid=", "usergroup", "uid", "amp", "p;"};

    /** A word is found in place in a value exactly where it stands in the value jsoup decodes. */
    @Test
    void wordsFoundInPlaceAreThoseOfTheDecodedValue() {
        String[] pieces = {"&amp;", "&AMP;", "&amp", "&lt;", "&", "amp;", "a", "m", "p", ";", "uid", "U", "I", "D", "=",
            "\u0130", "\u212A", "user", "group", "USERGROUP", "view", "THREAD", "?mod=", "&nbsp;", "&#61;", "\u4e2d",
            " ", "\t"};
        Random random = new Random(10);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int p = random.nextInt(7); p >= 0; p--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String tag = "<a title=x href=\"" + value + "\">";
            Element jsoup = Jsoup.parseBodyFragment(tag).selectFirst("a");
            TagScanner tags = new TagScanner(tag, 0, tag.length());
            assertThat(tags.next()).isEqualTo(TagScanner.START);
            int href = tags.attributeIndex("href");
            String decoded = jsoup.attr("href");
            assertThat(href).isEqualTo(1);
            assertThat(tags.attributeValue(href)).as(value.toString()).isEqualTo(decoded);
            for (String word : WORDS) {
                assertThat(tags.valueHolds(href, word, false)).as("%s in %s", word, value).isEqualTo(decoded.contains(word));
                if (!word.contains("&")) {
                    assertThat(tags.valueHolds(href, word, true)).as("%s in %s, any case", word, value)
                            .isEqualTo(decoded.toLowerCase(Locale.ROOT).contains(word));
                }
            }
        }
    }

    /** The id and classes noted as a tag is scanned are those of its first id and class attributes, as for jsoup. */
    @Test
    void theIdAndClassesNotedWhileScanningAreJsoups() {
        String[] names = {"id", "ID", "Id", "class", "CLASS", "Class", "idx", "classy", "i", "title", "data-id", "HREF",
            "onClick", "cellspacing", "CellPadding", "zoomfile", "aid", "aidx", "ALT", "Src", "colspan", "FACE", "fil",
            "tarGet", "rowspam", "summary", "Value"};
        String[] values = {"=\"pls\"", "=\"post_1\"", "=PLC", "='t_f authi'", "", "=\"\"", "=\"a&amp;b\"",
            "=\"xi2 &amp; xg1\"", "=\"&lt;po&gt;\"", "=pg", "=\"a&amp;b\"", "=\"po&amp;\"", "=\"p&#108;s\""};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder tag = new StringBuilder("<div");
            for (int a = random.nextInt(5); a > 0; a--) {
                tag.append(' ').append(names[random.nextInt(names.length)]).append(values[random.nextInt(values.length)]);
            }
            String html = tag.append('>').toString();
            Element jsoup = Jsoup.parseBodyFragment(html).selectFirst("div");
            TagScanner tags = new TagScanner(html, 0, html.length());
            assertThat(tags.next()).as(html).isEqualTo(TagScanner.START);
            String id = jsoup.hasAttr("id") ? jsoup.attr("id") : null;
            for (String word : new String[] {"pls", "post_1", "a&b", "", "PLC", "t_f authi"}) {
                assertThat(tags.idEquals(word)).as("%s is %s", html, word).isEqualTo(word.equals(id));
            }
            long lengths = 1L << 3 | 1L << 6 | 1L << 0;
            assertThat(tags.idOfLength(lengths)).as(html)
                    .isEqualTo(id != null && (lengths >>> id.length() & 1) != 0 ? id : null);
            assertThat(tags.id()).as(html).isEqualTo(id);
            for (int i = 0; i < tags.attributeCount(); i++) {
                assertThat(jsoup.hasAttr(tags.attributeName(i))).as("%s: %s", html, tags.attributeName(i)).isTrue();
                assertThat(tags.attributeName(i)).isEqualTo(html.substring(tags.nameStarts[i], tags.nameEnds[i])
                        .toLowerCase(Locale.ROOT));
            }
            int expected = 0;
            for (int i = 0; i < ClassMask.NAMES.length; i++) {
                expected |= jsoup.hasClass(ClassMask.NAMES[i]) ? 1 << i : 0;
            }
            assertThat(tags.classMask()).as(html).isEqualTo(expected);
        }
    }
}
