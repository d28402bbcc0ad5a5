package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalCategory;
import java.util.List;

/** The {@code div#pt} breadcrumbs of 3.2 and 3.3, with {@code <em>&rsaquo;</em>} separators. */
final class Breadcrumb {
    private static final String HOME = "<a href=\"./\" class=\"nvhm\" title=\"首页\">" + SiteSettings.SITE_NAME
            + "</a> <em>&rsaquo;</em>\n<a href=\"portal.php\">" + SiteSettings.NAV_NAME + "</a> <em>&rsaquo;</em>";

    private Breadcrumb() {
    }

    /** List page: ancestors as links, the current category as plain text. */
    static String list(Visit visit, List<PortalCategory> path) {
        StringBuilder z = new StringBuilder(HOME).append(' ');
        for (PortalCategory ancestor : path.subList(0, path.size() - 1)) {
            z.append(link(visit, ancestor)).append("<em>&rsaquo;</em>");
        }
        z.append(HtmlText.escape(path.get(path.size() - 1).name()));
        return wrap(z.toString());
    }

    /** Article page: ancestors, then the category on its own line, then 查看内容. */
    static String article(Visit visit, List<PortalCategory> path) {
        StringBuilder z = new StringBuilder(HOME);
        for (PortalCategory ancestor : path.subList(0, path.size() - 1)) {
            z.append(link(visit, ancestor)).append("<em>&rsaquo;</em>");
        }
        z.append('\n').append(link(visit, path.get(path.size() - 1))).append(" <em>&rsaquo;</em>\n查看内容\n");
        return wrap(z.toString());
    }

    /** Any other portal page: site, nav name, then a plain label. */
    static String simple(String label) {
        return wrap(HOME + " " + label);
    }

    private static String link(Visit visit, PortalCategory category) {
        return "<a href=\"" + visit.categoryUrl(category.catid()) + "\">" + HtmlText.escape(category.name()) + "</a>";
    }

    private static String wrap(String z) {
        return "<div id=\"pt\" class=\"bm cl\">\n<div class=\"z\">\n" + z + "</div>\n</div>\n";
    }
}
