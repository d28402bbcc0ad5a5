package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.page.PageNavigation;

/**
 * The admin panel's page navigation: the total in {@code em}, {@code &lsaquo;&lsaquo;} and
 * {@code &rsaquo;&rsaquo;} for previous and next, a window of ten numbers with {@code first}/{@code last} beyond
 * it. Links are {@code BASE&amp;page=k}; "" for a single page.
 */
public final class AdminPageNavigation {
    private static final int WINDOW = 10;
    private static final int OFFSET = 4;

    private AdminPageNavigation() {
    }

    public static String links(String base, int current, int total, int perPage) {
        int pages = PageNavigation.pageCount(total, perPage);
        if (pages <= 1) {
            return "";
        }
        int from = Math.max(1, Math.min(current - OFFSET, pages - WINDOW + 1));
        int to = Math.min(pages, from + WINDOW - 1);
        StringBuilder pg = new StringBuilder("<div class=\"cuspages right\"><div class=\"pg\"><em>&nbsp;")
                .append(total).append("&nbsp;</em>");
        if (from > 1) {
            pg.append(link(base, 1, "first", "1 ..."));
        }
        if (current > 1) {
            pg.append(link(base, current - 1, "prev", "&lsaquo;&lsaquo;"));
        }
        for (int k = from; k <= to; k++) {
            pg.append(k == current ? "<strong>" + k + "</strong>" : link(base, k, "", String.valueOf(k)));
        }
        if (to < pages) {
            pg.append(link(base, pages, "last", "... " + pages));
        }
        if (current < pages) {
            pg.append(link(base, current + 1, "nxt", "&rsaquo;&rsaquo;"));
        }
        return pg.append("<kbd><input type=\"text\" name=\"custompage\" size=\"3\" onkeydown=\"if(event.keyCode==13) ")
                .append("{window.location='").append(base).append("&amp;page='+this.value; doane(event);}\" /></kbd>")
                .append("</div></div>").toString();
    }

    private static String link(String base, int page, String cssClass, String text) {
        String css = cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"";
        return "<a href=\"" + base + "&amp;page=" + page + "\"" + css + ">" + text + "</a>";
    }
}
