package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The frame's shell is the document {@code Document.createShell} gives, with its tags made once. */
class FrameShellTest {
    private static final String LOCATION = "http://127.0.0.1/forum.php?mod=viewthread&tid=1";

    @Test
    void isTheShellJsoupMakes() {
        Document made = ThreadPageFrame.shell(LOCATION);
        Document jsoup = Document.createShell(LOCATION);
        assertThat(made.outerHtml()).isEqualTo(jsoup.outerHtml());
        assertThat(made.location()).isEqualTo(jsoup.location());
        assertThat(made.baseUri()).isEqualTo(jsoup.baseUri());
        assertThat(made.head().baseUri()).isEqualTo(jsoup.head().baseUri());
        assertThat(made.body().baseUri()).isEqualTo(jsoup.body().baseUri());
        assertThat(made.body().parent()).isSameAs(made.head().parent()).isSameAs(made.child(0));
        for (String name : new String[] {"html", "head", "body"}) {
            Element mine = made.selectFirst(name);
            Element theirs = jsoup.selectFirst(name);
            assertThat(mine.tag().isBlock()).as(name).isEqualTo(theirs.tag().isBlock());
            assertThat(mine.tag().namespace()).as(name).isEqualTo(theirs.tag().namespace());
        }
    }

    @Test
    void resolvesLinksAgainstTheBaseSetLater() {
        Document made = ThreadPageFrame.shell(LOCATION);
        Document jsoup = Document.createShell(LOCATION);
        for (Document page : new Document[] {made, jsoup}) {
            page.setBaseUri("http://example.org/bbs/");
            Element link = new Element(TagNames.tag("a"), null);
            link.attr("href", "forum.php?mod=viewthread&tid=2");
            page.body().appendChild(link);
        }
        assertThat(made.body().baseUri()).isEqualTo(jsoup.body().baseUri());
        assertThat(made.head().baseUri()).isEqualTo(jsoup.head().baseUri());
        assertThat(made.body().child(0).absUrl("href")).isEqualTo(jsoup.body().child(0).absUrl("href"));
    }
}
