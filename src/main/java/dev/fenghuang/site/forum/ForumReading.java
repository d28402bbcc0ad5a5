package dev.fenghuang.site.forum;

import dev.fenghuang.http.PageSource;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardPage;
import dev.fenghuang.model.forum.ForumIndex;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.model.forum.ThreadSearch;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.PageGate;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * A Discuz! X forum, read page by page as {@link dev.fenghuang.site.DiscuzSite} reads the portal: each method fetches
 * one page through the same {@link PageSource} (client, cache, charset) and parses it.
 *
 * <p>Failures: a Discuz message page (any status: the 404 of a missing thread, 没有权限访问该版块, a closed board)
 * or the System Error page throws {@link SiteRefused} with the site's exact text; the mobile template, another
 * non-2xx status, a page that is not Discuz, an anti-scraping page or one without the expected container throws
 * {@link UnexpectedPage}; no answer at all is the source's {@link IOException}.
 *
 * <p>Pages past the end: a board answers page 1 and a thread its last page, each with a pager saying so. These
 * methods then return an empty page numbered as asked, with {@code pageCount} below it, so
 * {@code page > pageCount} tells the caller to stop rather than show page 1 or the last page again.
 */
public final class ForumReading {
    private final ForumUrls urls;
    private final PageSource source;
    private final Clock clock;

    /** A UTF-8 forum in the default Discuz time zone. */
    public ForumReading(URI base, PageSource source) {
        this(base, StandardCharsets.UTF_8, source, Clock.system(DiscuzTime.SITE_ZONE));
    }

    /**
     * @param base the site root ({@code SITE})
     * @param charset the site charset (for search words in URLs)
     * @param source where pages come from (the site's client, decoding in the site's charset)
     * @param clock the site's local time, for relative times such as 3 分钟前
     */
    public ForumReading(URI base, Charset charset, PageSource source, Clock clock) {
        this.urls = new ForumUrls(base, charset);
        this.source = source;
        this.clock = clock;
    }

    public ForumUrls urls() {
        return urls;
    }

    /** The forum index: statistics, categories, boards. */
    public ForumIndex index() throws IOException {
        return ForumIndexParser.parse(fetch(urls.index(), "#chart, div.bm_c[id^=category_]", "forum index"), clock);
    }

    /** One category of the index. */
    public ForumIndex category(int gid) throws IOException {
        return ForumIndexParser.parse(fetch(urls.category(gid), "div.bm_c[id^=category_]", "forum category"), clock);
    }

    /** One page of a board's thread list, filtered and ordered as the query says. */
    public BoardPage board(BoardQuery query) throws IOException {
        Document doc = fetch(urls.board(query), "#threadlist, #threadlisttableid", "board page");
        BoardPage page = BoardPageParser.parse(doc, clock);
        if (query.page() > 1 && (page.page() < query.page() || page.threads().isEmpty())) {
            return page.toBuilder().page(query.page()).pageCount(Math.min(page.pageCount(), query.page() - 1))
                    .threads(List.of()).subBoards(List.of()).build();
        }
        return page;
    }

    /**
     * One page of a thread.
     *
     * @param authorId 0 for every floor, or the member whose posts alone to show (只看该作者)
     */
    public ThreadPage thread(long tid, int page, long authorId) throws IOException {
        ThreadPage thread = readThread(urls.thread(tid, page, authorId));
        if (page > 1 && (thread.page() < page || thread.floors().isEmpty())) {
            return thread.toBuilder().page(page).pageCount(Math.min(thread.pageCount(), page - 1))
                    .floors(List.of()).build();
        }
        return thread;
    }

    /** The page of a thread holding a post: the site's {@code goto=findpost} jump (a 301 to the page, followed). */
    public ThreadPage threadWithPost(long tid, long pid) throws IOException {
        return readThread(urls.findPost(tid, pid));
    }

    /**
     * The page of a thread holding its Nth visible post (电梯直达, {@code postno}): the site counts the floors as
     * they are now, after deletions, and answers 301 to the page.
     */
    public ThreadPage threadAtFloor(long tid, int floor) throws IOException {
        return readThread(urls.postNumber(tid, floor));
    }

    /** A thread's last page: the site's {@code goto=lastpost} jump (a 302, followed). */
    public ThreadPage lastPage(long tid) throws IOException {
        return readThread(urls.lastPost(tid));
    }

    /**
     * Searches thread titles for the words and reads the first result page. A second search within the site's
     * interval (10 s by default) is refused with the site's message ({@link SiteRefused}).
     */
    public ThreadSearch search(String words) throws IOException {
        return ThreadSearchParser.parse(fetch(urls.search(words), "div.sttl, div.slst", "forum search result"), clock);
    }

    /** A later page of a search the site gave this id; past the end an empty page numbered as asked. */
    public ThreadSearch search(long searchId, int page) throws IOException {
        Document doc = fetch(urls.search(searchId, page), "div.sttl, div.slst", "forum search result");
        ThreadSearch result = ThreadSearchParser.parse(doc, clock);
        if (page > 1 && (result.page() < page || result.hits().isEmpty())) {
            return new ThreadSearch(result.searchId(), result.keyword(), result.total(), page,
                    Math.min(result.pageCount(), page - 1), List.of());
        }
        return result;
    }

    /**
     * A thread page read from its text where the page gate's checks of the text pass and the scan vouches for the
     * whole page, posts and frame ({@link ThreadPageParser#framed}); anything else is opened through the page gate,
     * which says what it is, cut to what {@link ThreadPageParser} reads, and parsed by jsoup.
     */
    private ThreadPage readThread(URI url) throws IOException {
        WebPage page = source.get(url);
        String text = PageGate.checkedText(page);
        ThreadPage framed = text == null ? null : ThreadPageParser.framed(text, PageGate.location(page), clock);
        if (framed != null) {
            return framed;
        }
        return ThreadPageParser.parse(PageGate.open(page, "#postlist", "thread page", ThreadPageCut::of), clock);
    }

    private Document fetch(URI url, String expected, String what) throws IOException {
        return PageGate.open(source.get(url), expected, what);
    }
}
