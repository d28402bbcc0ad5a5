package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The expected container named by a plain {@code #id} is looked up by id, as the selector would find it. */
class PageGatePlainIdTest {
    private static final String PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body><div id=\"pt\"></div>"
            + "%s<div id=\"ft\">Powered by Discuz!</div></body></html>";

    @Test
    void onlyAHashAndAnIdIsPlain() {
        assertThat(PageGate.isPlainId("#article_content")).isTrue();
        assertThat(PageGate.isPlainId("#a-1_B")).isTrue();
        assertThat(PageGate.isPlainId("#")).isFalse();
        assertThat(PageGate.isPlainId("article_content")).isFalse();
        assertThat(PageGate.isPlainId("#postlist, #pt")).isFalse();
        assertThat(PageGate.isPlainId("#pt .z")).isFalse();
        assertThat(PageGate.isPlainId("#ct.wp")).isFalse();
        assertThat(PageGate.isPlainId("div#ct")).isFalse();
    }

    @Test
    void findsTheContainerByIdWhereverItStandsAndOnlyWithThatExactId() throws Exception {
        assertThat(PageGate.open(page("<table><tr><td id=\"article_content\">x</td></tr></table>"),
                "#article_content", "article page").getElementById("article_content")).isNotNull();
        assertThatThrownBy(() -> PageGate.open(page("<td id=\"Article_Content\">x</td><p id=\"article_content_x\">"),
                "#article_content", "article page")).isInstanceOf(UnexpectedPage.class)
                .hasMessageContaining("without #article_content");
    }

    private static WebPage page(String body) {
        URI url = URI.create("http://www.qxfhs.example/portal.php?mod=view&aid=1");
        return new WebPage(url, url, 200, "text/html", StandardCharsets.UTF_8, true, String.format(PAGE, body));
    }
}
