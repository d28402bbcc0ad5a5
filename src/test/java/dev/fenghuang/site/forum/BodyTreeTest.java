package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.site.forum.scan.FloorScan;
import dev.fenghuang.site.forum.scan.ThreadPageScan;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random bodies of the tags whose nesting jsoup reads otherwise than written (list items and definitions, lists,
 * headings, paragraphs, links, blocks in paragraphs, void and unknown tags, stray and missing end tags): each one
 * the body builder ({@code BodyTree}) builds from the tags is the very tree jsoup's fragment parse gives, and enough
 * of them are built for that to say something.
 */
class BodyTreeTest {
    private static final String URL = ForumFixtures.SITE + "forum.php?mod=viewthread&tid=51";
    private static final String[] NAMES = {"li", "dt", "dd", "ol", "ul", "dl", "h2", "h5", "p", "a", "div", "span",
        "b", "br", "hr", "img", "blockquote", "center", "font", "blink", "LI", "Ul"};
    private static final String HOLDER = "<td class=\"t_f\" id=\"postmessage_185\">";

    @Test
    void aBodyBuiltFromItsTagsIsJsoupsTree() {
        String page = ForumFixtures.text("thread-page.html");
        int from = page.indexOf(HOLDER) + HOLDER.length();
        String before = page.substring(0, from);
        String after = page.substring(page.indexOf("</td>", from));
        Random random = new Random(10);
        int built = 0;
        for (int n = 0; n < 3_000; n++) {
            ThreadPageScan scan = ThreadPageScan.of(before + body(random) + after);
            FloorScan post = scan == null ? null
                    : scan.posts().stream().filter(p -> p.postId.equals("post_185")).findFirst().orElseThrow();
            if (post != null && post.bodyTree != null) {
                assertThat(post.bodyTree.tree(URL).outerHtml())
                        .isEqualTo(scan.parsedFragment(post.body, "td", URL).outerHtml());
                built++;
            }
        }
        assertThat(built).isGreaterThan(300);
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        for (int t = random.nextInt(10); t >= 0; t--) {
            String name = NAMES[random.nextInt(NAMES.length)];
            switch (random.nextInt(5)) {
                case 0, 1 -> body.append('<').append(name).append('>');
                case 2 -> body.append("</").append(name).append('>');
                case 3 -> body.append('<').append(name).append('>').append("字").append("</").append(name).append('>');
                default -> body.append(random.nextBoolean() ? "甲" : "<br/>");
            }
        }
        return body.toString();
    }
}
