package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link Links} resolves a relative link as jsoup's {@code absUrl} does, only faster where it can. */
class LinksTest {
    private static final String[] BASES = {"http://127.0.0.1:36973/",
        "http://forum.example/bbs/forum.php?mod=viewthread&tid=1", "https://x.example/a/b/c"};
    private static final String[] PARTS = {"a", "b", "forum.php", "/", "./", "../", "?", "=", "&", "#", "%3D", "%2e",
        "%41", "%e4%b8%ad", "%", "%4", "%zz", "-", "_", ".", "x/", "..", "mod=attachment&aid=Mnw%3D%3D", "%7E", "%2F",
        "~", ";", "@", "!", "$", "'", "(", ")", "*", "+", ","};

    @Test
    void takesALinkWithTwoFragmentMarksAsJsoupDoes() {
        // A post linking "x#a#b" threw out of the whole page: java.net.URI refuses a second '#'.
        assertSameAsJsoup(BASES[0], "x#a#b");
        assertSameAsJsoup(BASES[1], "forum.php#a#b");
    }

    @Test
    void keepsTheBasesFileForAQueryAloneAndDotSegmentsAsJsoupDoes() {
        assertSameAsJsoup(BASES[1], "?page=2");
        assertSameAsJsoup(BASES[1], "?");
        assertSameAsJsoup(BASES[0], "../x.html");
        assertSameAsJsoup(BASES[0], "/../x.html");
        assertSameAsJsoup(BASES[2], "d/./e//f");
    }

    @Test
    void resolvesAttachmentLinksWithEscapesAsJsoupDoes() {
        assertSameAsJsoup(BASES[0], "forum.php?mod=attachment&aid=Mnw1YjJjOGExZnwxNzY0MDAwMDAwfDB8MQ%3D%3D");
        assertSameAsJsoup(BASES[0], "a%zz");
        assertSameAsJsoup(BASES[0], "a%4");
    }

    @Test
    void resolvesRandomRelativeLinksAsJsoupDoes() {
        Random random = new Random(10);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int j = 1 + random.nextInt(6); j > 0; j--) {
                value.append(PARTS[random.nextInt(PARTS.length)]);
            }
            assertSameAsJsoup(BASES[random.nextInt(BASES.length)], value.toString());
        }
    }

    private static void assertSameAsJsoup(String base, String href) {
        Element link = new Element("a").attr("href", href);
        link.setBaseUri(base);
        assertThat(Links.absolute(link, "href")).as(base + " + " + href).isEqualTo(SiteText.url(link.absUrl("href")));
    }
}
