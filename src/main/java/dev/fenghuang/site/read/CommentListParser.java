package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzTime;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.UnexpectedPage;
import java.time.Clock;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the full comment page ({@code portal.php?mod=comment&id=AID&idtype=aid}): title from {@code h1.ph a},
 * total from 评论 (N), the comments, the hidden-comment note and the pager in {@code div.pgs} (1 of 1 when the pager
 * div is empty). Throws {@link UnexpectedPage} without {@code h1.ph}.
 */
public final class CommentListParser {
    private CommentListParser() {
    }

    public static CommentList parse(Document page) throws UnexpectedPage {
        return parse(page, Clock.system(DiscuzTime.SITE_ZONE));
    }

    public static CommentList parse(Document page, Clock clock) throws UnexpectedPage {
        Element heading = page.selectFirst(Css.of("h1.ph"));
        if (heading == null) {
            throw new UnexpectedPage(page.location(), "not a comment page: no title (h1.ph)");
        }
        Element link = heading.selectFirst(Css.of("a[href]"));
        long aid = link == null ? 0 : DiscuzUrls.aid(link.attr("href"));
        if (aid == 0) {
            Element field = page.selectFirst(Css.of("input[name=aid]"));
            aid = field != null ? DiscuzUrls.number(field.attr("value").strip())
                    : DiscuzUrls.number(DiscuzUrls.param(page.location(), "id"));
        }
        Element scope = page.selectFirst(Css.of("div.vw"));
        if (scope == null) {
            scope = page.body();
        }
        List<Comment> comments = CommentParser.comments(scope, clock);
        Element pagerBox = page.selectFirst(Css.of("div.pgs"));
        Pager pager = Pager.of(pagerBox != null ? pagerBox : scope);
        return new CommentList(aid, ArticleParser.title(heading), total(heading.parent()), pager.page(),
                pager.pageCount(), comments, CommentParser.hidden(scope));
    }

    /** N from {@code 评论 (N)} next to the title; 0 when absent. */
    private static long total(Element head) {
        if (head == null) {
            return 0;
        }
        for (Element p : head.getElementsByTag("p")) {
            String text = p.text();
            int at = text.indexOf("评论");
            int open = text.indexOf('(', at);
            if (at >= 0 && open > at) {
                return DiscuzUrls.number(text.substring(open + 1).strip());
            }
        }
        return 0;
    }
}
