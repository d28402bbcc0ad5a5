package dev.fenghuang.site.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.http.HttpSettings;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Article;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.markup.tree.TreeDump;
import dev.fenghuang.site.markup.tree.WellFormedHtml;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every page of every article the demo portal serves (UTF-8, GBK, hostile), and its comment page, its category's
 * list, the front page and a few forum pages: the tree {@link PageGate} now builds is jsoup's, and the article read from it is the one
 * {@link ArticleParser} reads from jsoup's tree.
 */
class ArticleTreeAgainstJsoupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2016-11-20T04:00:00Z"), ZoneOffset.ofHours(8));
    private static final int ARTICLES = 76;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> declined = new ArrayList<>();
    private int pages;

    @Test
    void utf8() throws Exception {
        compareAll(DemoOptions.defaults());
        assertThat(declined).as("portal pages left to jsoup").filteredOn(p -> p.startsWith("portal.php")).isEmpty();
    }

    @Test
    void gbk() throws Exception {
        compareAll(DemoOptions.builder().gbk().build());
        assertThat(declined).as("portal pages left to jsoup").filteredOn(p -> p.startsWith("portal.php")).isEmpty();
    }

    @Test
    void hostile() throws Exception {
        compareAll(DemoOptions.builder().hostile(true).build());
        // Hostile texts carry a carriage return, which the builder leaves to jsoup: this checks the way back.
        assertThat(declined).isNotEmpty();
    }

    private void compareAll(DemoOptions options) throws Exception {
        try (DemoPortal portal = DemoPortal.start(options)) {
            Charset charset = options.charset();
            same(portal, charset, "portal.php");
            // The page gate opens the forum's pages too (some of them clean enough for the builder).
            same(portal, charset, "forum.php");
            for (int id = 1; id <= 3; id++) {
                same(portal, charset, "forum.php?mod=forumdisplay&fid=" + (id + 1));
                same(portal, charset, "forum.php?mod=viewthread&tid=" + id);
            }
            for (int aid = 1; aid <= ARTICLES; aid++) {
                Article first = article(portal, charset, "portal.php?mod=view&aid=" + aid);
                for (int page = 2; page <= first.pageCount(); page++) {
                    article(portal, charset, "portal.php?mod=view&aid=" + aid + "&page=" + page);
                }
                same(portal, charset, "portal.php?mod=comment&id=" + aid + "&idtype=aid");
                if (first.category() != null) {
                    same(portal, charset, "portal.php?mod=list&catid=" + first.category().id());
                }
            }
        }
        assertThat(pages).isGreaterThan(ARTICLES * 2);
    }

    private Article article(DemoPortal portal, Charset charset, String path) throws Exception {
        WebPage page = same(portal, charset, path);
        Article built = ArticleParser.parse(PageGate.open(page, "#article_content", "article page"), CLOCK);
        Article parsed = ArticleParser.parse(Jsoup.parse(page.text(), PageGate.location(page)), CLOCK);
        assertThat(built).as(path).isEqualTo(parsed);
        return built;
    }

    /** Fetches the page and compares the trees; notes a page the builder left to jsoup. */
    private WebPage same(DemoPortal portal, Charset charset, String path) throws Exception {
        URI url = URI.create(portal.baseUrl() + path);
        HttpRequest request = HttpRequest.newBuilder(url).header("User-Agent", HttpSettings.DESKTOP_USER_AGENT).build();
        String text = http.send(request, HttpResponse.BodyHandlers.ofString(charset)).body();
        WebPage page = new WebPage(url, url, 200, "text/html", charset, true, text);
        var built = WellFormedHtml.parse(text, url.toString());
        if (built == null) {
            declined.add(path);
        } else {
            assertThat(TreeDump.of(built)).as(path).isEqualTo(TreeDump.of(Jsoup.parse(text, url.toString())));
        }
        pages++;
        return page;
    }
}
