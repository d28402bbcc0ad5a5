package dev.fenghuang.site.markup;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page numbers a Discuz pager ({@code div.pg}) states: current from {@code strong}, total from
 * {@code span[title^=共]} or, failing that, the highest page link. No pager means page 1 of 1.
 * Past the end Discuz draws the pager for the last page, so {@code page} is what the page says, not what was asked.
 */
public record Pager(int page, int pageCount) {
    public static final Pager SINGLE = new Pager(1, 1);
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");

    public Pager {
        page = Math.max(1, page);
        pageCount = Math.max(page, pageCount);
    }

    /** Reads the first {@code div.pg} inside {@code scope}; {@link #SINGLE} if there is none. */
    public static Pager of(Element scope) {
        Element pg = scope == null ? null : scope.selectFirst(Css.of("div.pg"));
        if (pg == null) {
            return SINGLE;
        }
        int current = (int) DiscuzUrls.number(text(pg.selectFirst(Css.of("strong"))));
        int total = 0;
        Element count = pg.selectFirst(Css.of("span[title^=共]"));
        if (count != null) {
            total = (int) DiscuzUrls.number(NON_DIGITS.matcher(count.attr("title")).replaceAll(" ").strip());
        }
        if (total == 0) {
            total = Math.max(current, highestLink(pg));
        }
        if (current == 0) {
            Element input = pg.selectFirst(Css.of("input[name=custompage]"));
            current = input == null ? 1 : (int) DiscuzUrls.number(input.attr("value"));
        }
        return new Pager(current, total);
    }

    private static int highestLink(Element pg) {
        int highest = 0;
        for (Element link : pg.getElementsByTag("a")) {
            int linked = DiscuzUrls.page(link.attr("href"));
            highest = Math.max(highest, linked);
        }
        return highest;
    }

    private static String text(Element element) {
        return element == null ? "" : element.text().strip();
    }
}
