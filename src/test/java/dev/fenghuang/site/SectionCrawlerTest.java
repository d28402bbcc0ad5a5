package dev.fenghuang.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Section;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionCrawlerTest {
    private static final String SITE = Fixtures.SITE;
    private static final String FRONT = SITE + "portal.php";

    private final FakePages pages = new FakePages();
    private final DiscuzSite site = new DiscuzSite(URI.create(SITE), pages);

    private static String list(int catid) {
        return SITE + "portal.php?mod=list&catid=" + catid;
    }

    /** A minimal X3.5 list page: breadcrumb parents, heading, 下级分类 line and 相关分类 box. */
    private static String listHtml(int catid, String name, String parents, String children, String related) {
        return "<html><head><title>" + name + " -  站 -  Powered by Discuz!</title><base href=\"" + SITE + "\" /></head>"
                + "<body><div id=\"pt\" class=\"bm cl\"><div class=\"z\"><a href=\"./\">站</a> <em>&rsaquo;</em>"
                + "<a href=\"portal.php\">门户</a> <em>&rsaquo;</em> " + parents + name + "</div></div>"
                + "<div id=\"ct\"><div class=\"mn\"><div class=\"bm\"><div class=\"bm_h cl\"><a href=\"portal.php?mod=rss"
                + "&amp;catid=" + catid + "\" class=\"y xi2 rss\">订阅</a><h1 class=\"xs2\">" + name + "</h1></div>"
                + (children.isEmpty() ? "" : "<div class=\"bm_c bbda\">下级分类:&nbsp;&nbsp;" + children + "</div>")
                + "<div class=\"bm_c xld\"></div></div></div><div class=\"sd pph\"><div class=\"bm\"><div class=\"bm_h\">"
                + "<h2>相关分类</h2></div><div class=\"bm_c\"><ul class=\"xl xl2 cl\">" + related + "</ul></div></div></div>"
                + "</div><div id=\"ft\">Powered by Discuz!</div></body></html>";
    }

    private static String link(int catid, String name) {
        return "<a href=\"" + list(catid) + "\" class=\"xi2\">" + name + "</a>";
    }

    private static String item(int catid, String name) {
        return "<li>&bull; " + link(catid, name) + "</li>";
    }

    private void serveList(int catid, String html) {
        URI uri = URI.create(list(catid));
        pages.serve(list(catid), new WebPage(uri, uri, 200, "text/html", StandardCharsets.UTF_8, true, html));
    }

    private void serveMissingFrom(int first, int last) {
        for (int catid = first; catid <= last; catid++) {
            pages.serve(list(catid), "message-category-missing.html", 200);
        }
    }

    private void serveNewsAndPolitics() {
        String tops = item(1, "新闻中心") + item(2, "党政风采") + item(3, "便民服务");
        serveList(1, listHtml(1, "新闻中心", "", link(4, "本地新闻") + link(5, "国内新闻"), tops));
        serveList(2, listHtml(2, "党政风采", "", link(6, "渠县"), tops));
        pages.serve(list(3), "message-category-closed.html", 200);
        String news = link(1, "新闻中心") + "<em>&rsaquo;</em>";
        serveList(4, listHtml(4, "本地新闻", news, "", item(4, "本地新闻") + item(5, "国内新闻")));
        serveList(5, listHtml(5, "国内新闻", news, "", item(4, "本地新闻") + item(5, "国内新闻")));
        serveList(6, listHtml(6, "渠县", link(2, "党政风采") + "<em>&rsaquo;</em>", "", item(6, "渠县")));
    }

    @Test
    void buildsTheTreeFromTheNavAndLeavesClosedCategoriesOut() throws Exception {
        pages.serve(FRONT, "index-nav.html", 200);
        serveNewsAndPolitics();
        List<Section> tree = new SectionCrawler(site, CrawlLimits.DEFAULT).crawl(Set.of());
        assertThat(tree).containsExactly(
                new Section(1, "新闻中心", List.of(new Section(4, "本地新闻", List.of()), new Section(5, "国内新闻", List.of()))),
                new Section(2, "党政风采", List.of(new Section(6, "渠县", List.of()))));
        assertThat(pages.asked()).doesNotContain(list(7));
    }

    @Test
    void probesCategoryIdsWhenTheFrontPageLinksNone() throws Exception {
        pages.serve(FRONT, "index-empty.html", 200);
        serveNewsAndPolitics();
        serveMissingFrom(7, 40);
        List<Section> tree = new SectionCrawler(site, CrawlLimits.DEFAULT).crawl(Set.of());
        assertThat(tree).extracting(Section::id).containsExactly(1, 2);
        assertThat(tree.get(0).children()).extracting(Section::id).containsExactly(4, 5);
        assertThat(pages.asked()).contains(list(16)).doesNotContain(list(17));
    }

    @Test
    void startsFromKnownIdsWithoutProbing() throws Exception {
        pages.serve(FRONT, "index-empty.html", 200);
        serveNewsAndPolitics();
        List<Section> tree = new SectionCrawler(site, CrawlLimits.DEFAULT).crawl(Set.of(4));
        assertThat(tree).extracting(Section::id).containsExactly(1, 2);
        assertThat(pages.asked()).hasSize(7);
    }

    @Test
    void stopsAtTheRequestBudget() throws Exception {
        pages.serve(FRONT, "index-empty.html", 200);
        serveMissingFrom(1, 200);
        new SectionCrawler(site, new CrawlLimits(1000, 1000, 25)).crawl(Set.of());
        assertThat(pages.asked()).hasSize(25);
    }

    @Test
    void stopsAtTheHighestCategoryId() throws Exception {
        pages.serve(FRONT, "index-empty.html", 200);
        serveMissingFrom(1, 200);
        new SectionCrawler(site, new CrawlLimits(1000, 30, 1000)).crawl(Set.of());
        assertThat(pages.asked()).hasSize(31).last().isEqualTo(list(30));
    }

    @Test
    void countsClosedCategoriesAsExistingWhileProbing() throws Exception {
        pages.serve(FRONT, "index-empty.html", 200);
        serveMissingFrom(1, 200);
        pages.serve(list(3), "message-category-closed.html", 200);
        List<Section> tree = new SectionCrawler(site, new CrawlLimits(3, 200, 1000)).crawl(Set.of());
        assertThat(tree).isEmpty();
        assertThat(pages.asked()).last().isEqualTo(list(6));
    }
}
