package dev.fenghuang.demo.page;

/**
 * The page navigation of 1.9: one line, a window of ten numbers, {@code first}/{@code last} only
 * when there are more pages than the window. Page links are {@code BASE&amp;page=k}.
 */
public final class PageNavigation {
    private static final int WINDOW = 10;
    private static final int OFFSET = 2;

    private PageNavigation() {
    }

    /** Clamps a requested page into 1..pages (pages at least 1). */
    public static int clamp(int requested, int pages) {
        return Math.max(1, Math.min(requested, Math.max(1, pages)));
    }

    public static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /** {@code <div class="pg">…</div>}, or "" when there is only one page. */
    public static String links(String base, int current, int pages) {
        if (pages <= 1) {
            return "";
        }
        int from;
        int to;
        if (pages <= WINDOW) {
            from = 1;
            to = pages;
        } else {
            from = current - OFFSET;
            to = from + WINDOW - 1;
            if (from < 1) {
                from = 1;
                to = WINDOW;
            } else if (to > pages) {
                from = pages - WINDOW + 1;
                to = pages;
            }
        }
        StringBuilder pg = new StringBuilder("<div class=\"pg\">");
        if (from > 1) {
            pg.append(link(base, 1, "first", "1 ..."));
        }
        if (current > 1) {
            pg.append(link(base, current - 1, "prev", "&nbsp;&nbsp;"));
        }
        for (int k = from; k <= to; k++) {
            pg.append(k == current ? "<strong>" + k + "</strong>" : link(base, k, "", String.valueOf(k)));
        }
        if (to < pages) {
            pg.append(link(base, pages, "last", "... " + pages));
        }
        pg.append("<label><input type=\"text\" name=\"custompage\" class=\"px\" size=\"2\" title=\"输入页码，按回车快速跳转\" ")
                .append("value=\"").append(current).append("\" onkeydown=\"if(event.keyCode==13) {window.location='")
                .append(base).append("&amp;page='+this.value;; doane(event);}\" /><span title=\"共 ").append(pages)
                .append(" 页\"> / ").append(pages).append(" 页</span></label>");
        if (current < pages) {
            pg.append(link(base, current + 1, "nxt", "下一页"));
        }
        return pg.append("</div>").toString();
    }

    private static String link(String base, int page, String cssClass, String text) {
        return "<a href=\"" + base + "&amp;page=" + page + "\"" + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"")
                + ">" + text + "</a>";
    }
}
