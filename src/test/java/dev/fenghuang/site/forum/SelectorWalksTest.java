package dev.fenghuang.site.forum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.site.forum.scan.ThreadPageScan;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.RandomMarkup;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The walks that stand in for selectors on the client's path ({@link FirstElements}) find what {@code selectFirst}
 * finds, from every element of the thread fixtures and of random trees as the root; the post id test matches as its
 * pattern does; the count of child elements and the whole text are jsoup's.
 */
class SelectorWalksTest {
    private static final String THREAD_LINK = "div.authi a[href*=viewthread], a.fastre[href]";
    private static final List<String> FIXTURES = List.of("thread-page.html", "thread-page-2.html",
            "thread-only-author.html", "thread-newest-first.html", "thread-awaiting.html",
            "thread-moderator-view.html", "thread-cut-unclosed.html");
    private static final String[] OPEN = {"<div class=\"authi\">", "<div class=\"x AUTHI\">", "<div>", "<span>",
        "<div class=\"pstatus pg\">", "<p class=\"authi\">", "<td>", "<em class=\"xg1\">", "<blockquote>",
        "<h1 class=\"ts\">", "<div class=\"PG\">", "<span id=\"attach_1\">", "<ol>", "<li>"};
    private static final String[] CLOSE = {"</div>", "</div>", "</div>", "</span>", "</div>", "</p>", "</td>",
        "</em>", "</blockquote>", "</h1>", "</div>", "</span>", "</ol>", "</li>"};
    private static final String[] LEAVES = {"<a href=\"forum.php?mod=viewthread&tid=7\">a</a>",
        "<a href=\"forum.php?mod=VIEWTHREAD&tid=8\">b</a>", "<a class=\"fastre\" href=\"\">c</a>",
        "<a class=\"FASTRE\">d</a>", "<a class=\"xi2 fastre\" href=\"tid=9\">e</a>", "<a href=\"x\">f</a>",
        "<A HREF=\"viewThread\">g</A>", "<i class=\"pstatus\">本帖最后由 a 于 2026-1-1 00:00 编辑</i>",
        "<i class=\"x PSTATUS\">h</i>", "<i>i</i>", "<b class=\"pstatus\">j</b>", "text",
        "<a href=\"forum.php?MOD=Attachment&aid=1\">k</a>", "<a href=\"forum.php?mod=redirect&goto=findpost\">l</a>",
        "<em class=\"XG1\">(1 KB)</em>", "<em>m</em>", "<a>n</a>", "<br>", " \n\u00A0 ", "<li>o<br/>p</li>",
        "<![CDATA[q]]>", "<!-- r -->"};
    private static final RandomMarkup MARKUP = RandomMarkup.closed(OPEN, CLOSE, LEAVES);

    @Test
    void findWhatTheSelectorsFindOnTheFixtures() {
        for (String name : FIXTURES) {
            assertSameAsSelectors(ForumFixtures.document(name, ForumFixtures.SITE + "forum.php"));
        }
    }

    @Test
    void findWhatTheSelectorsFindOnRandomTrees() {
        Random random = new Random(10);
        for (int i = 0; i < 3000; i++) {
            assertSameAsSelectors(Jsoup.parse(MARKUP.next(random), ForumFixtures.SITE));
        }
    }

    @Test
    void takeTheFirstInDocumentOrderAndTheRootAsAnAncestorOnly() {
        Document page = Jsoup.parse("<div id=r class=authi><a href=viewthread id=self></a>"
                + "<div><i id=outer><i class=pstatus id=deep></i></i></div><i class=pstatus id=late></i>"
                + "<div class=authi><a id=inner href=?mod=viewthread></a></div></div>");
        Element root = page.getElementById("r");
        assertThat(FirstElements.withClass(root, "i", "pstatus").id()).isEqualTo("deep");
        assertThat(FirstElements.withClass(root, "i", null).id()).isEqualTo("outer");
        assertThat(FirstElements.threadLink(root, root, false).id()).isEqualTo("self");
        Element self = page.getElementById("self");
        assertThat(FirstElements.threadLink(self, self, false)).isNull();
    }

    @Test
    void takePostIdsAsThePatternDoes() {
        Pattern pattern = Pattern.compile("^post_\\d+$");
        String[] pieces = {"post_", "post", "_", "1", "0", "9", "x", "\n", "\u0661", "Post_", " "};
        Random random = new Random(10);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int j = random.nextInt(5); j > 0; j--) {
                id.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(ThreadPageScan.isPostId(id.toString())).as(id.toString())
                    .isEqualTo(pattern.matcher(id).matches());
        }
    }

    private static void assertSameAsSelectors(Document page) {
        for (Element root : page.getAllElements()) {
            assertThat(FirstElements.threadLink(root, root, false)).isSameAs(root.selectFirst(Css.of(THREAD_LINK)));
            assertSame(FirstElements.withClass(root, "i", "pstatus"), root, "i.pstatus");
            assertSame(FirstElements.withClass(root, "h1", "ts"), root, "h1.ts");
            assertSame(FirstElements.withClass(root, "div", "pg"), root, "div.pg");
            assertSame(FirstElements.withClass(root, "em", "xg1"), root, "em.xg1");
            assertSame(FirstElements.withClass(root, "blockquote", null), root, "blockquote");
            assertThat(FirstElements.allWithTag(root, "li")).containsExactlyElementsOf(root.select(Css.of("li")));
            assertSame(FirstElements.linkContaining(root, "mod=attachment"), root, "a[href*=mod=attachment]");
            assertSame(FirstElements.linkContaining(root, "findpost"), root, "a[href*=findpost]");
            assertThat(FirstElements.wholeText(root)).isEqualTo(root.wholeText());
            for (int atMost = 1; atMost <= 3; atMost++) {
                assertThat(FirstElements.childElements(root, atMost)).isEqualTo(Math.min(root.childrenSize(), atMost));
            }
        }
    }

    private static void assertSame(Element walked, Element root, String selector) {
        assertThat(walked).as(selector).isSameAs(root.selectFirst(Css.of(selector)));
    }
}
