package dev.fenghuang.site;

import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.ArticleListParser;
import dev.fenghuang.site.read.ArticleParser;
import dev.fenghuang.site.read.CommentListParser;
import dev.fenghuang.site.read.NavParser;
import dev.fenghuang.site.read.SectionLinks;
import dev.fenghuang.http.PageSource;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * A Discuz! X portal, read page by page: each method fetches one page and parses it.
 *
 * <p>Failures: a Discuz message page (any HTTP status, e.g. the 404 of a missing article) or the System Error page
 * throws {@link SiteRefused} with the site's exact text; the mobile template, another non-2xx status, a page that is
 * not Discuz, an anti-scraping interstitial, or a page lacking the expected container throws
 * {@link UnexpectedPage}; no answer at all is the {@link PageSource}'s {@link IOException}.
 *
 * <p>Pages past the end: Discuz draws the last page's pager over an empty body. These methods then return an
 * empty page numbered as requested, so {@code page > pageCount} tells the caller to stop.
 */
public final class DiscuzSite {
    private final DiscuzUrls urls;
    private final PageSource source;
    private final Clock clock;

    /** A UTF-8 site in the default Discuz time zone. */
    public DiscuzSite(URI base, PageSource source) {
        this(base, StandardCharsets.UTF_8, source, Clock.system(DiscuzTime.SITE_ZONE));
    }

    /**
     * @param base the site root ({@code SITE})
     * @param charset the site charset (for query values that carry text)
     * @param source where pages come from
     * @param clock the site's local time, for relative times such as 3 分钟前
     */
    public DiscuzSite(URI base, Charset charset, PageSource source, Clock clock) {
        this.urls = new DiscuzUrls(base, charset);
        this.source = source;
        this.clock = clock;
    }

    public DiscuzUrls urls() {
        return urls;
    }

    /**
     * Sets up, ahead, what reading a page's tree needs ({@link PageGate#prepare}): for a thread with nothing to do
     * while the first page of a process is on its way.
     */
    public void prepareToRead() {
        PageGate.prepare();
    }

    /** Builds, ahead, what sending the first request needs ({@link PageSource#prepare}). */
    public void prepareToSend() {
        source.prepare();
    }

    /** One page (1-based) of a category's article list. */
    public ArticleList list(int catid, int page) throws IOException {
        Document doc = fetch(urls.list(catid, page), "div.xld, dl.bbda, h1.xs2", "category list page");
        ArticleList list = ArticleListParser.parse(doc, clock);
        if (page > 1 && (list.page() < page || list.articles().isEmpty())) {
            return new ArticleList(list.category(), list.breadcrumb(), page, Math.min(list.pageCount(), page - 1),
                    List.of(), list.children(), list.related());
        }
        return list;
    }

    /** One page (1-based) of an article, with the comments the article page shows. */
    public Article article(long aid, int page) throws IOException {
        Document doc = fetch(urls.article(aid, page), "#article_content", "article page");
        Article a = ArticleParser.parse(doc, clock);
        boolean empty = a.paragraphs().isEmpty() && a.images().isEmpty();
        if (page > 1 && (a.page() < page || empty)) {
            return a.toBuilder().paragraphs(List.of()).images(List.of()).links(List.of())
                    .page(page).pageCount(Math.min(a.pageCount(), page - 1)).pageTitle(null).build();
        }
        return a;
    }

    /** One page (1-based) of an article's full comment list. */
    public CommentList comments(long aid, int page) throws IOException {
        Document doc = fetch(urls.comments(aid, page), "h1.ph", "comment page");
        CommentList list = CommentListParser.parse(doc, clock);
        if (page > 1 && (list.page() < page || list.comments().isEmpty())) {
            return new CommentList(list.aid(), list.articleTitle(), list.total(), page,
                    Math.min(list.pageCount(), page - 1), List.of(), list.hiddenComments());
        }
        return list;
    }

    /** The category links of the portal front page ({@code portal.php}): nav, sub-nav, menus. */
    public SectionLinks front() throws IOException {
        Document doc = fetch(urls.index(), "#nv, #hd, #pt, div.area", "portal front page");
        return NavParser.parse(doc);
    }

    /** The category tree, crawled with the default limits from the front page and the given known category ids. */
    public List<Section> sections(Collection<Integer> knownCatids) throws IOException {
        return new SectionCrawler(this, CrawlLimits.DEFAULT).crawl(knownCatids);
    }

    private Document fetch(URI url, String expected, String what) throws IOException {
        WebPage page = source.get(url);
        return PageGate.open(page, expected, what);
    }
}
