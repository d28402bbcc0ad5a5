package dev.fenghuang.site.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.FirstMatch;
import dev.fenghuang.site.markup.RandomMarkup;
import dev.fenghuang.model.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The walks that stand in for selectors on the article page's path find what the selectors find: {@link FirstMatch}
 * (all and first) from every element of the article fixtures and of random trees as the root, and the breadcrumb
 * ({@code #pt .z}, found below the first {@code #pt}) on random pages with several {@code #pt} and {@code .z}.
 */
class ArticleWalksTest {
    /** The queries the article path walks for. */
    private static final List<String> QUERIES = List.of("dl[id^=comment_][id$=_li]", "p", "a", "a[href*=clickid=]",
            "a[id^=click_aid_]", "em", "a[href]", "p.xg1", "span[title]", "span.xg1", "dt", "dd", ".z");
    private static final String[] OPEN = {"<div id=\"pt\">", "<div class=\"z\">", "<div class=\"Z y\">", "<div>",
        "<dl id=\"comment_1_li\">", "<dl id=\"COMMENT_2_LI\">", "<dl id=\"comment_3\">", "<dt>", "<dd>", "<p>",
        "<p class=\"xg1\">", "<span>", "<span class=\"xg1\" title=\"2016-1-1 10:00\">", "<em>", "<ul>", "<li>",
        "<td>", "<blockquote>"};
    private static final String[] CLOSE = {"</div>", "</div>", "</div>", "</div>", "</dl>", "</dl>", "</dl>",
        "</dt>", "</dd>", "</p>", "</p>", "</span>", "</span>", "</em>", "</ul>", "</li>", "</td>", "</blockquote>"};
    private static final String[] LEAVES = {"<a href=\"portal.php?mod=list&catid=2\">渠县</a>",
        "<a href=\"home.php?mod=spacecp&ac=click&clickid=1\" id=\"click_aid_5_1\">鲜花<em>3</em></a>",
        "<a href=\"x?CLICKID=2\">b</a>", "<a id=\"Click_Aid_1\">c</a>", "<a>d</a>", "<em>4</em>", "text",
        "<span title=\"t\">e</span>", "<a class=\"z\" href=\"portal.php?mod=list&catid=3\">达州</a>",
        "<span id=\"pt\">f</span>", "<br>"};
    private static final RandomMarkup MARKUP = RandomMarkup.sometimesUnclosed(OPEN, CLOSE, LEAVES, 10);

    @Test
    void walksFindWhatTheSelectorsFindOnTheFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/site"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("article")).toList()) {
                assertSameAsSelectors(Jsoup.parse(Files.readString(file), "http://www.qxfhs.example/"));
            }
        }
    }

    @Test
    void walksFindWhatTheSelectorsFindOnRandomTrees() {
        Random random = new Random(13);
        for (int i = 0; i < 400; i++) {
            assertSameAsSelectors(Jsoup.parse(MARKUP.next(random), "http://www.qxfhs.example/"));
        }
    }

    @Test
    void breadcrumbIsWhatTheSelectorFindsOnRandomPages() {
        Random random = new Random(13);
        for (int i = 0; i < 3000; i++) {
            Document page = Jsoup.parse(MARKUP.next(random), "http://www.qxfhs.example/");
            assertThat(CategoryLinks.breadcrumb(page)).as(page.body().html()).isEqualTo(selectorBreadcrumb(page));
        }
    }

    /** The breadcrumb as it was read before: {@code #pt .z}, else {@code #pt}. */
    private static List<Category> selectorBreadcrumb(Document page) {
        Element trail = page.selectFirst(Css.of("#pt .z"));
        if (trail == null) {
            trail = page.getElementById("pt");
        }
        return trail == null ? List.of() : CategoryLinks.in(trail);
    }

    private static void assertSameAsSelectors(Document page) {
        for (Element root : page.getAllElements()) {
            for (String query : QUERIES) {
                assertThat(FirstMatch.all(root, query)).as(query).containsExactlyElementsOf(root.select(query));
                assertThat(FirstMatch.in(root, query)).as(query).isSameAs(root.selectFirst(query));
            }
        }
    }

    @Test
    void randomMarkupReachesEveryPiece() {
        List<String> seen = new ArrayList<>();
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            seen.add(MARKUP.next(random));
        }
        assertThat(String.join("", seen)).contains(OPEN).contains(LEAVES);
    }
}
