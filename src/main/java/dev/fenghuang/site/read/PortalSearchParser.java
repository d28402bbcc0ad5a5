package dev.fenghuang.site.read;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a portal search result page ({@code search.php?mod=portal&searchid=N}, 3.10) into an {@link ArticleSearch}:
 * the header {@code div.sttl h2} (找到 “KEYWORD” 相关内容 N 个), one {@code div.slst li.pbw} per article (title link,
 * 评论/查看 line, summary, then date and publisher), or the no-result line {@code p.emp}; the pager; the search id
 * from the page's URL or its pager. The red {@code strong/font} highlighting is kept as marks. A page with neither
 * the header nor a result list throws {@link UnexpectedPage}.
 */
public final class PortalSearchParser {
    private static final Pattern TOTAL = Pattern.compile("相关内容\\s*(\\d+)\\s*个");
    private static final Pattern COMMENTS = Pattern.compile("(\\d+)\\s*个评论");
    private static final Pattern VIEWS = Pattern.compile("(\\d+)\\s*次查看");

    private PortalSearchParser() {
    }

    public static ArticleSearch parse(Document page, Clock clock) throws UnexpectedPage {
        Element header = page.selectFirst(Css.of("div.sttl h2"));
        Element list = page.selectFirst(Css.of("div.slst"));
        if (header == null && list == null) {
            throw new UnexpectedPage(page.location(), "not a portal search result: no div.sttl and no div.slst");
        }
        List<ArticleHit> hits = new ArrayList<>();
        if (list != null) {
            for (Element item : list.select(Css.of("li.pbw"))) {
                ArticleHit hit = hit(item, clock);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        Matcher total = TOTAL.matcher(header == null ? "" : header.text());
        Pager pager = Pager.of(page);
        String keyword = SiteText.of(header == null ? null : header.selectFirst(Css.of("span.emfont")));
        int count = total.find() ? (int) Math.min(Integer.MAX_VALUE, DiscuzUrls.number(total.group(1))) : hits.size();
        return new ArticleSearch(searchId(page), keyword, count, pager.page(), pager.pageCount(), hits);
    }

    private static ArticleHit hit(Element item, Clock clock) {
        Element link = item.selectFirst(Css.of("h3 a[href]"));
        long aid = link == null ? 0 : DiscuzUrls.aid(link.attr("href"));
        if (aid == 0) {
            return null;
        }
        Element counts = item.selectFirst(Css.of("> p.xg1"));
        String countText = counts == null ? "" : counts.text();
        List<Element> paragraphs = item.select(Css.of("> p"));
        Element last = paragraphs.size() > 1 ? paragraphs.get(paragraphs.size() - 1) : null;
        Element summary = null;
        for (Element p : paragraphs) {
            if (p != counts && p != last) {
                summary = p;
            }
        }
        Person publisher = Person.GUEST;
        if (last != null && last != counts) {
            Element who = last.selectFirst(Css.of("a[href*=uid]"));
            if (who != null) {
                publisher = new Person(DiscuzUrls.number(DiscuzUrls.param(who.attr("href"), "uid")), SiteText.of(who));
            }
        }
        return new ArticleHit(aid, Highlights.of(link), Highlights.of(summary), number(COMMENTS, countText),
                number(VIEWS, countText), last == null ? null : DiscuzTime.of(last.selectFirst(Css.of("span")), clock),
                publisher);
    }

    private static long number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? DiscuzUrls.number(m.group(1)) : 0;
    }

    private static long searchId(Document page) {
        String location = page.location();
        long id = location == null || location.isEmpty() ? 0 : DiscuzUrls.number(DiscuzUrls.param(location, "searchid"));
        if (id == 0) {
            Element link = page.selectFirst(Css.of("div.pg a[href*=searchid]"));
            id = link == null ? 0 : DiscuzUrls.number(DiscuzUrls.param(link.attr("href"), "searchid"));
        }
        return id;
    }
}
