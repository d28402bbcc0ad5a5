package dev.fenghuang.site.admin;

import dev.fenghuang.site.markup.Css;
import dev.fenghuang.site.markup.DiscuzUrls;
import dev.fenghuang.site.markup.Pager;
import dev.fenghuang.site.markup.SiteText;
import org.jsoup.nodes.Element;

/**
 * The admin panel's pager: the front end's {@code div.pg} with {@code &lsaquo;&lsaquo;}/{@code &rsaquo;&rsaquo;}
 * for previous and next and the number of entries in a leading {@code em}. The page count is the largest of what
 * the pager states, its highest link and the entries divided by the page size.
 *
 * @param page the current page ({@code strong}), 1 without a pager
 * @param pageCount pages in all
 * @param total entries in all, -1 when the pager does not say (or there is none)
 */
public record AdminPager(int page, int pageCount, int total) {

    public static AdminPager of(Element scope, int perPage) {
        Element pg = scope == null ? null : scope.selectFirst(Css.of("div.pg"));
        if (pg == null) {
            return new AdminPager(1, 1, -1);
        }
        Pager pager = Pager.of(scope);
        Element em = pg.selectFirst(Css.of("em"));
        int total = em == null ? -1 : (int) DiscuzUrls.number(SiteText.of(em).replaceAll("\\D+", " ").strip());
        int byTotal = total > 0 && perPage > 0 ? (total + perPage - 1) / perPage : 0;
        return new AdminPager(pager.page(), Math.max(pager.pageCount(), byTotal), total);
    }
}
