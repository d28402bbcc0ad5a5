package dev.fenghuang.site.read;

import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.SearchTooSoon;
import dev.fenghuang.site.SiteCharset;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageGate;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's own article search, {@code search.php?mod=portal} (3.10), the way a browser does it: the search form
 * is read, then the keyword POSTed with its formhash, in the charset the form page declared (so a GBK site gets GBK
 * even when none was configured, and quotes or brackets never meet the site's GET filter). The site answers 302 to
 * the result page of a new {@code searchid}, which is read by that id; so are later pages.
 *
 * <p>Failures: a second new search within the site's interval throws {@link SearchTooSoon}; any other message page
 * {@link SiteRefused}; a page that is not the result page {@link UnexpectedPage}.
 */
public final class PortalSearching {
    private static final String RESULT = "div.sttl, div.slst";
    private static final Pattern TOO_SOON = Pattern.compile("(\\d+)\\s*秒内只能进行一次搜索");

    private final URI base;
    private final Charset charset;
    private final SiteConnection connection;
    private final Clock clock;

    /**
     * @param charset the site charset, for a form page that declares none
     * @param clock the site's local time, for relative times
     */
    public PortalSearching(URI base, Charset charset, SiteConnection connection, Clock clock) {
        this.base = base;
        this.charset = charset;
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Starts a new search and reads its first page.
     *
     * @throws IllegalArgumentException when the keyword is blank
     * @throws dev.fenghuang.model.UnencodableText when the site charset cannot carry it (nothing sent)
     */
    public ArticleSearch search(String keyword) throws IOException {
        String text = keyword == null ? "" : keyword.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty search keyword");
        }
        try {
            return PortalSearchParser.parse(post(text), clock);
        } catch (SiteRefused refused) {
            throw tooSoonOr(refused);
        }
    }

    /** A page of a search the site gave this id; past the end an empty page numbered as asked. */
    public ArticleSearch page(long searchId, int page) throws IOException {
        ArticleSearch result = PortalSearchParser.parse(PageGate.open(connection.get(pageUrl(searchId, page)), RESULT,
                "portal search result"), clock);
        if (page > 1 && (result.page() < page || result.hits().isEmpty())) {
            return new ArticleSearch(searchId, result.keyword(), result.total(), page,
                    Math.min(result.pageCount(), page - 1), List.of());
        }
        return result;
    }

    /**
     * A result page by the search's id, without the {@code kw} the site's redirect carries (the site does not read it,
     * and a keyword with quotes or brackets there would trip its GET filter).
     */
    private URI pageUrl(long searchId, int page) {
        return base.resolve("search.php?mod=portal&searchid=" + searchId + "&orderby=aid&ascdesc=desc&searchsubmit=yes"
                + (page > 1 ? "&page=" + page : ""));
    }

    /** The form page, then a POST in the charset that page declared (else the one configured). */
    private Document post(String keyword) throws IOException {
        URI formUrl = base.resolve("search.php?mod=portal");
        WebPage formPage = connection.get(formUrl);
        Document form = PageGate.open(formPage, "form.searchform", "portal search form");
        Charset postCharset = formPage.charsetDeclared() && formPage.charset() != null ? formPage.charset() : charset;
        SiteCharset.check(keyword, postCharset);
        Element formhash = form.selectFirst(Css.of("form.searchform input[name=formhash]"));
        if (formhash == null || formhash.val().isEmpty()) {
            throw new UnexpectedPage(formUrl.toString(), "the portal search form has no formhash");
        }
        FormAnswer answer = connection.post(formUrl, List.of(Map.entry("formhash", formhash.val()),
                Map.entry("srchtxt", keyword), Map.entry("searchsubmit", "yes")), postCharset, formUrl);
        if (answer.isRedirect()) {
            long searchId = DiscuzUrls.number(DiscuzUrls.param(answer.location(), "searchid"));
            URI result = searchId > 0 ? pageUrl(searchId, 1) : formUrl.resolve(answer.location());
            return PageGate.open(connection.get(result), RESULT, "portal search result");
        }
        return PageGate.open(new WebPage(formUrl, formUrl, answer.status(), answer.contentType(), postCharset, true,
                answer.text()), RESULT, "portal search result");
    }

    private static IOException tooSoonOr(SiteRefused refused) {
        Matcher m = TOO_SOON.matcher(refused.siteMessage().text());
        if (!m.find()) {
            return refused;
        }
        long seconds = Math.min(3600, Math.max(1, DiscuzUrls.number(m.group(1))));
        return new SearchTooSoon(refused, Duration.ofSeconds(seconds));
    }
}
