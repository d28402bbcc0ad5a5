package dev.fenghuang.site.forum;

import dev.fenghuang.model.Person;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.model.forum.BoardLink;
import dev.fenghuang.model.forum.ThreadHit;
import dev.fenghuang.model.forum.ThreadSearch;
import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a forum search result page ({@code search.php?mod=forum&searchid=N}) into a {@link ThreadSearch}: the
 * header {@code div.sttl h2} (找到 “WORD” 相关内容 N 个), one {@code li.pbw} per thread (subject link, 回复/查看 line,
 * excerpt, then date, author and board), the pager, and the search id from the page's URL or its pager. A page
 * without the result header or list throws {@link UnexpectedPage}.
 */
public final class ThreadSearchParser {
    private static final Pattern TOTAL = Pattern.compile("相关内容\\s*(\\d+)\\s*个");
    private static final Pattern REPLIES = Pattern.compile("(\\d+)\\s*个回复");
    private static final Pattern VIEWS = Pattern.compile("(\\d+)\\s*次查看");

    private ThreadSearchParser() {
    }

    public static ThreadSearch parse(Document page, Clock clock) throws UnexpectedPage {
        Element header = page.selectFirst(Css.of("div.sttl h2"));
        Element list = page.selectFirst(Css.of("div.slst"));
        if (header == null && list == null) {
            throw new UnexpectedPage(page.location(), "not a forum search result: no div.sttl and no div.slst");
        }
        List<ThreadHit> hits = new ArrayList<>();
        if (list != null) {
            for (Element item : list.select(Css.of("li.pbw"))) {
                ThreadHit hit = hit(item, clock);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        Matcher total = TOTAL.matcher(header == null ? "" : header.text());
        Pager pager = Pager.of(page);
        return new ThreadSearch(searchId(page), SiteText.of(header == null ? null : header.selectFirst(
                Css.of("span.emfont"))), total.find() ? ForumMarkup.firstInt(total.group(1)) : hits.size(),
                pager.page(), pager.pageCount(), hits);
    }

    private static ThreadHit hit(Element item, Clock clock) {
        Element link = item.selectFirst(Css.of("h3 a[href]"));
        long tid = link == null ? 0 : ForumUrls.tid(link.attr("href"));
        if (tid == 0) {
            tid = ForumMarkup.firstNumber(item.id());
        }
        if (tid == 0) {
            return null;
        }
        Element counts = item.selectFirst(Css.of("p.xg1"));
        String countText = counts == null ? "" : counts.text();
        List<Element> paragraphs = item.select(Css.of("> p"));
        Element last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
        String excerpt = "";
        for (Element p : paragraphs) {
            if (p != counts && p != last) {
                excerpt = SiteText.of(p);
            }
        }
        Person author = new Person(0, "");
        BoardLink board = null;
        LocalDateTime time = null;
        if (last != null && last != counts) {
            time = DiscuzTime.of(last.selectFirst(Css.of("span")), clock);
            for (Element a : last.select(Css.of("a[href]"))) {
                String href = a.attr("href");
                if (ForumUrls.fid(href) > 0) {
                    board = new BoardLink(ForumUrls.fid(href), SiteText.of(a), false);
                } else if (ForumUrls.uid(href) > 0 || href.contains("mod=space")) {
                    author = new Person(ForumUrls.uid(href), SiteText.of(a));
                }
            }
        }
        return new ThreadHit(tid, SiteText.of(link), number(REPLIES, countText), number(VIEWS, countText), excerpt,
                time, author, board);
    }

    private static long number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? ForumMarkup.firstNumber(m.group(1)) : 0;
    }

    private static long searchId(Document page) {
        long id = ForumMarkup.firstNumber(ForumMarkup.requested(page, "searchid"));
        if (id == 0) {
            Element link = page.selectFirst(Css.of("div.pg a[href*=searchid]"));
            id = link == null ? 0 : ForumUrls.longParam(link.attr("href"), "searchid");
        }
        return id;
    }
}
