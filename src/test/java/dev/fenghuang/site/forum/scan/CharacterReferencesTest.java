package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Character references read without jsoup's tokeniser give what jsoup gives, in text and in attribute values, or are
 * left to jsoup; links written with raw ampersands, as Discuz templates and posted links have them, are read without
 * it.
 */
class CharacterReferencesTest {
    private static final String[] PIECES = {"&", "&", "&", ";", "#", "#x", "1b", "amp", "lt", "gt", "nbsp", "quot",
        "copy", "sup2", "frac12", "middot", "regdate", "not", "notin", "pid", "tid", "goto", "=", "-", "_", " ", "<", "x", "é", "中", "9",
        "AMP", "Amp", "\t", "'", "\"", "rsaquo", "raquo", "hellip", "lang", "notin", "frac1", "NotEqualTilde", "ngE"};

    private static void assertReadAsJsoupReads(String raw) {
        String decoded = CharacterReferences.decoded(raw);
        if (decoded != null) {
            assertThat(decoded).as("text %s", raw).isEqualTo(Parser.unescapeEntities(raw, false));
            assertThat(decoded).as("attribute %s", raw).isEqualTo(Parser.unescapeEntities(raw, true));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a&b", "&", "a&", "& b", "&<", "&&", "&amp;", "&amp;&amp;x", "&ampx", "&amp=1", "&copy=",
        "&copy;", "&copy x", "&#39;", "&#x27;", "&lt", "&lt;", "&gt;", "&nbsp;", "&quot;", "&notit;", "&notin;",
        "&;", "&=", "&sup2x", "&é=", "&中", "&pid=1&tid=2", "forum.php?mod=redirect&goto=findpost&ptid=51&pid=189",
        "&1", "&a1b", "&frac12;", "&frac12", "&AMP;", "&Amp;", "&nbsp", "&quot", "&ampamp;"})
    void aReferenceReadsAsJsoupReadsIt(String raw) {
        assertReadAsJsoupReads(raw);
    }

    @Test
    void randomMixesOfReferencesReadAsJsoupReadsThem() {
        Random random = new Random(10);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertReadAsJsoupReads(raw.toString());
        }
    }

    @Test
    void linksWithRawAmpersandsAreReadWithoutJsoup() {
        String href = "forum.php?mod=redirect&goto=findpost&ptid=51&pid=189";
        String onclick = "showWindow('reply', 'forum.php?mod=post&action=reply&fid=2&tid=51')";
        String tag = "<a href=\"" + href + "\" onclick=\"" + onclick + "\">x&y=1</a>";
        TagScanner tags = new TagScanner(tag, 0, tag.length());
        assertThat(tags.next()).isEqualTo(TagScanner.START);
        assertThat(tags.attribute("href")).isEqualTo(Jsoup.parse(tag).selectFirst("a").attr("href"));
        assertThat(tags.attribute("onclick")).isEqualTo(onclick);
        assertThat(tags.next()).isEqualTo(TagScanner.TEXT);
        assertThat(tags.text()).isEqualTo("x&y=1");
        assertThat(tags.jsoupDecodes()).isZero();
    }

    /** Text of one character between tags (most often a line break alone) is the text jsoup reads there. */
    @Test
    void oneCharacterOfTextReadsAsJsoupReadsIt() {
        for (char c = 1; c < 0x2100; c++) {
            if (c == '<' || Character.isSurrogate(c)) {
                continue;
            }
            String tag = "<b>" + c + "</b>";
            TagScanner tags = new TagScanner(tag, 0, tag.length());
            assertThat(tags.next()).isEqualTo(TagScanner.START);
            assertThat(tags.next()).isEqualTo(TagScanner.TEXT);
            assertThat(tags.text()).as("U+%04X", (int) c).isEqualTo(Jsoup.parseBodyFragment(tag).selectFirst("b")
                    .wholeText());
        }
    }

    @Test
    void aNumberOrAKnownNameIsLeftToJsoup() {
        assertThat(CharacterReferences.decoded("red&#x1b;[2J")).isNull();
        assertThat(CharacterReferences.decoded("&copy=1")).isNull();
    }

    /** The breadcrumb's and pager's arrows of every Discuz template ({@code <em>&rsaquo;</em>}) cost no tokeniser. */
    @ParameterizedTest
    @ValueSource(strings = {"&rsaquo;", "&raquo;", "&hellip;", "&middot;", "&copy; 2001-2026", "a&notin;b",
        "&frac12;", "&NotEqualTilde;", "&ngE;"})
    void aNamedReferenceEndedBySemicolonIsReadWithoutJsoup(String raw) {
        assertThat(CharacterReferences.decoded(raw)).isNotNull().isEqualTo(Parser.unescapeEntities(raw, false))
                .isEqualTo(Parser.unescapeEntities(raw, true));
    }
}
