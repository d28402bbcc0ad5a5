package dev.fenghuang.site.read;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.FirstMatch;
import dev.fenghuang.site.markup.PageIds;
import dev.fenghuang.site.markup.Pager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Page and page count of a multi-page article: the pager ({@code div.pg}, in {@code div.ptw} after the body),
 * else the author's 本文导航 list ({@code #inner_nav}) with the current page taken from the URL; 1 of 1 when
 * neither is there.
 */
public record ArticlePages(int page, int pageCount) {
    public static ArticlePages of(Document page) {
        Element holder = FirstMatch.in(page, "div.ptw");
        Pager pager = Pager.of(holder != null ? holder : FirstMatch.in(page, "div.vw"));
        if (pager.pageCount() > 1) {
            return new ArticlePages(pager.page(), pager.pageCount());
        }
        Element nav = PageIds.get(page, "inner_nav");
        Elements items = nav == null ? new Elements() : nav.select(Css.of("li"));
        if (items.size() > 1) {
            int current = Math.max(1, DiscuzUrls.page(page.location()));
            int index = 1;
            for (Element item : items) {
                if (item.selectFirst(Css.of("a[href]")) == null || item.selectFirst(Css.of("strong, .xw1, .a")) != null) {
                    current = index;
                }
                index++;
            }
            return new ArticlePages(Math.min(current, items.size()), items.size());
        }
        return new ArticlePages(1, 1);
    }
}
