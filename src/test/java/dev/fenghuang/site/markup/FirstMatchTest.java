package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FirstMatchTest {
    private static final List<String> QUERIES = List.of("dt", "dd", "span.xg1", "div.quote", "blockquote", "a[href]",
            "span", "div", "p.xg1", "#x", "em");
    private static final List<String> TAGS = List.of("div", "span", "dt", "dd", "dl", "p", "em", "blockquote", "a");
    private static final List<String> ATTRIBUTES = List.of("", " class=\"xg1\"", " class=\"quote\"", " id=\"x\"",
            " href=\"u\"", " class=\"xg1 xw0\"");

    @Test
    void findsWhatSelectFirstFindsInRandomTrees() {
        Random random = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder html = new StringBuilder();
            tree(random, 0, html);
            Element body = Jsoup.parseBodyFragment(html.toString()).body();
            for (Element root : body.getAllElements()) {
                for (String query : QUERIES) {
                    assertThat(FirstMatch.in(root, query)).as("%s in %s", query, root)
                            .isSameAs(root.selectFirst(Css.of(query)));
                }
            }
        }
    }

    @Test
    void countsTheRootItself() {
        Element span = Jsoup.parseBodyFragment("<span class=\"xg1\"><span class=\"xg1\">in</span></span>").body()
                .child(0);
        assertThat(FirstMatch.in(span, "span.xg1")).isSameAs(span);
    }

    private static void tree(Random random, int depth, StringBuilder out) {
        for (int n = random.nextInt(depth > 2 ? 2 : 4); n > 0; n--) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            out.append('<').append(tag).append(ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()))).append('>');
            if (random.nextBoolean()) {
                out.append("t");
            }
            if (depth < 4) {
                tree(random, depth + 1, out);
            }
            out.append("</").append(tag).append('>');
        }
    }
}
