package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.PageIds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where an article page states its own id: the favourite link ({@code id=AID}), the comment form's hidden
 * {@code aid}, the reaction links, the comment-list link; the page URL only when none of them is there
 * (static and rewritten pages need not carry the id in their URL).
 */
final class ArticleIds {
    private ArticleIds() {
    }

    static long aid(Document page) {
        Element favourite = PageIds.get(page, "a_favorite");
        long aid = favourite == null ? 0 : DiscuzUrls.number(DiscuzUrls.param(favourite.attr("href"), "id"));
        if (aid > 0) {
            return aid;
        }
        Element field = page.selectFirst(Css.of("form#cform input[name=aid]"));
        aid = field == null ? 0 : DiscuzUrls.number(field.attr("value").strip());
        if (aid > 0) {
            return aid;
        }
        Element reaction = page.selectFirst(Css.of("#click_div a[href*=idtype=aid]"));
        aid = reaction == null ? 0 : DiscuzUrls.number(DiscuzUrls.param(reaction.attr("href"), "id"));
        if (aid > 0) {
            return aid;
        }
        Element comments = page.selectFirst(Css.of("a[href*=mod=comment][href*=idtype=aid]"));
        aid = comments == null ? 0 : DiscuzUrls.number(DiscuzUrls.param(comments.attr("href"), "id"));
        return aid > 0 ? aid : DiscuzUrls.aid(page.location());
    }
}
