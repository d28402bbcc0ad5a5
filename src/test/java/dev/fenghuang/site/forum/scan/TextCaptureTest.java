package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A capture's text is jsoup's {@code text()} and {@code ownText()} for an element of text and inline elements. */
class TextCaptureTest {
    private static final char[] ALPHABET = {' ', '\t', '\n', '\f', '\r', '\u00A0', '\u000B', '\u001B', '\u200B',
        '\u3000', '\u2028', 'x', '楼', '\u0001', '\u0085', '\u00AD', '\u200C', '\uFEFF', '&'};

    @Test
    void collapsesAndTrimsAsJsoupDoes() {
        Random random = new Random(10);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                raw.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String markup = raw.toString().replace("&", "&amp;");
            Element div = Jsoup.parse("<div>" + markup + "<em>" + markup + "</em>" + markup + "</div>")
                    .selectFirst("div");
            TextCapture capture = new TextCapture(0);
            String decoded = Parser.unescapeEntities(markup, false);
            capture.text(decoded, 1);
            capture.element(true);
            capture.text(decoded, 2);
            capture.text(decoded, 1);
            assertThat(capture.plain()).isTrue();
            assertThat(capture.text()).as(markup).isEqualTo(div.text());
            assertThat(capture.ownText()).as(markup).isEqualTo(div.ownText());
        }
    }

    /**
     * Any number of pieces, each directly inside or in an inline element one or two deep: the text and own text are
     * jsoup's, the single piece (given back as it is where nothing in it changes) included.
     */
    @Test
    void piecesInAnyOrderGiveJsoupsTexts() {
        String[] pieces = {"楼主", "x", " x", "x ", "a  b", "\u00A0", "\n", "", " ", "3&nbsp;天前", "\u200Bx", "\u0001",
            "x\u0001", "&amp;"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder markup = new StringBuilder();
            TextCapture capture = new TextCapture(4);
            for (int i = random.nextInt(5); i > 0; i--) {
                String piece = pieces[random.nextInt(pieces.length)];
                String decoded = Parser.unescapeEntities(piece, false);
                int deeper = random.nextInt(3);
                if (deeper > 0) {
                    capture.element(true);
                }
                if (deeper > 1) {
                    capture.element(true);
                }
                markup.append(deeper == 0 ? piece : deeper == 1 ? "<em>" + piece + "</em>" : "<b><i>" + piece + "</i></b>");
                capture.text(decoded, 5 + deeper);
            }
            Element div = Jsoup.parse("<div>" + markup + "</div>").selectFirst("div");
            assertThat(capture.text()).as(markup.toString()).isEqualTo(div.text());
            assertThat(capture.ownText()).as(markup.toString()).isEqualTo(div.ownText());
        }
    }

    @Test
    void aBlockOrBreakInsideIsNotVouchedFor() {
        TextCapture capture = new TextCapture(3);
        capture.element(true);
        assertThat(capture.plain()).isTrue();
        capture.element(false);
        assertThat(capture.plain()).isFalse();
    }
}
