package dev.fenghuang.site.admin;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.SiteText;
import dev.fenghuang.site.read.CommentParser;
import dev.fenghuang.site.read.MetaLine;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.SearchHit;
import dev.fenghuang.model.SearchPage;
import dev.fenghuang.model.UnexpectedPage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the admin comment search's result (5.5 of the protocol reference): the header 符合条件的评论数 N, then one
 * {@code tr.hover} per comment — checkbox {@code delete[]} = cid, the article link (aid, title), the text, the
 * author's space link, the time. 没有与条件匹配的评论 is an empty result. A page with neither is
 * {@link UnexpectedPage}.
 */
final class CommentSearchParser {
    private CommentSearchParser() {
    }

    static SearchPage parse(Document doc, int perPage) throws UnexpectedPage {
        Element header = null;
        for (Element th : doc.select(Css.of("th.partition, th, td"))) {
            if (th.ownText().contains(AdminTexts.FOUND)) {
                header = th;
                break;
            }
        }
        if (header == null) {
            if (SiteText.of(doc.body()).contains(AdminTexts.NOTHING_FOUND)) {
                return new SearchPage(1, 1, 0, List.of());
            }
            throw new UnexpectedPage(doc.location(), "no " + AdminTexts.FOUND + " N and no "
                    + AdminTexts.NOTHING_FOUND + ": not a comment search result");
        }
        int total = (int) DiscuzUrls.number(header.ownText().replace(AdminTexts.FOUND, "").strip());
        List<SearchHit> hits = new ArrayList<>();
        for (Element box : doc.select(Css.of("tr input[name^=delete]"))) {
            long cid = DiscuzUrls.number(box.attr("value"));
            Element row = box.closest(Css.of("tr"));
            if (cid > 0 && row != null) {
                hits.add(hit(cid, row));
            }
        }
        Element table = header.closest(Css.of("form, table"));
        AdminPager pager = AdminPager.of(table != null ? table : doc.body(), perPage);
        return new SearchPage(pager.page(), pager.pageCount(), total, hits);
    }

    private static SearchHit hit(long cid, Element row) {
        Elements cells = row.children();
        int titleAt = -1;
        int authorAt = -1;
        LocalDateTime time = null;
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            if (titleAt < 0 && cell.selectFirst(Css.of("a[href*=aid=]")) != null) {
                titleAt = i;
            } else if (titleAt >= 0 && authorAt < 0 && cell.selectFirst(Css.of("a[href*=uid]")) != null) {
                authorAt = i;
            } else if (authorAt >= 0 && time == null) {
                time = DiscuzTime.absolute(cell.text().replace('\u00A0', ' '));
            }
        }
        Element article = titleAt < 0 ? null : cells.get(titleAt).selectFirst(Css.of("a[href*=aid=]"));
        long aid = article == null ? 0 : DiscuzUrls.aid(article.attr("href"));
        Element authorLink = authorAt < 0 ? null : cells.get(authorAt).selectFirst(Css.of("a[href*=uid]"));
        Person author = authorLink == null ? Person.GUEST : MetaLine.person(authorLink, "");
        StringBuilder text = new StringBuilder();
        int end = authorAt < 0 ? cells.size() : authorAt;
        for (int i = titleAt + 1; i < end && titleAt >= 0; i++) {
            text.append(text.length() > 0 ? "\n" : "").append(CommentParser.lines(cells.get(i), null));
        }
        return new SearchHit(cid, aid, SiteText.of(article), author, time, text.toString());
    }
}
