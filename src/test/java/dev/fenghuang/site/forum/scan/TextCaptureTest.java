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

    @Test
    void aBlockOrBreakInsideIsNotVouchedFor() {
        TextCapture capture = new TextCapture(3);
        capture.element(true);
        assertThat(capture.plain()).isTrue();
        capture.element(false);
        assertThat(capture.plain()).isFalse();
    }
}
