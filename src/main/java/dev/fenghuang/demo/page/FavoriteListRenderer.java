package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.Favorites;
import java.util.List;

/**
 * The member's own favourites list of 3.8 ({@code home.php?mod=space&do=favorite&view=me&type=article|all}):
 * 20 per page, newest first, the time in format {@code u}.
 */
public final class FavoriteListRenderer {
    static final int PAGE_SIZE = 20;

    private final PageChrome chrome;

    public FavoriteListRenderer(PageChrome chrome) {
        this.chrome = chrome;
    }

    public String render(Visit visit, List<Favorites.Favorite> newestFirst, int requestedPage) {
        String type = visit.request().param("type").equals("article") ? "article" : "all";
        int uid = visit.member().uid();
        int pages = PageNavigation.pageCount(newestFirst.size(), PAGE_SIZE);
        int page = PageNavigation.clamp(requestedPage, pages);
        List<Favorites.Favorite> shown = newestFirst.subList((page - 1) * PAGE_SIZE,
                Math.min(newestFirst.size(), page * PAGE_SIZE));
        String pager = PageNavigation.links("home.php?mod=space&amp;uid=" + uid + "&amp;do=favorite&amp;view=me&amp;type="
                + type, page, pages);
        String list = shown.isEmpty() ? "<p class=\"emp\">您还没有添加任何收藏</p>\n" : form(visit, type, shown)
                + (pager.isEmpty() ? "" : "<div class=\"pgs cl mtm\">" + pager + "</div>\n");
        String main = "<div id=\"ct\" class=\"ct2_a wp cl\">\n<div class=\"mn\">\n<div class=\"bm bw0\">\n"
                + "<h1 class=\"mt bbs\"><img alt=\"favorite\" src=\"static/image/feed/favorite.gif\" class=\"vm\" /> "
                + (type.equals("article") ? "文章" : "全部") + "</h1>\n" + list + "</div>\n</div>\n</div>\n";
        return chrome.page(visit, "我的收藏 -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!", "mn_portal",
                "home_space", main);
    }

    private static String form(Visit visit, String type, List<Favorites.Favorite> shown) {
        StringBuilder items = new StringBuilder();
        long now = visit.site().now();
        for (Favorites.Favorite f : shown) {
            items.append("<li id=\"fav_").append(f.favid()).append("\" class=\"bbda ptm pbm\">\n")
                    .append("<a class=\"y\" id=\"a_delete_").append(f.favid()).append("\" href=\"home.php?mod=spacecp")
                    .append("&amp;ac=favorite&amp;op=delete&amp;favid=").append(f.favid())
                    .append("\" onclick=\"showWindow(this.id, this.href, 'get', 0);\">删除</a>\n")
                    .append("<input type=\"checkbox\" name=\"favorite[]\" class=\"pc\" value=\"").append(f.favid())
                    .append("\" vid=\"").append(f.aid()).append("\" />\n")
                    .append(type.equals("all") ? "<span><img src=\"static/image/feed/article.gif\" alt=\"article\" "
                            + "class=\"t\" /> </span>\n" : "")
                    .append("<a href=\"portal.php?mod=view&aid=").append(f.aid()).append("\" target=\"_blank\">")
                    .append(HtmlText.escape(f.title())).append("</a> <span class=\"xg1\">")
                    .append(PrintedTime.relative(f.dateline(), now)).append("</span>\n")
                    .append(f.description().isEmpty() ? "" : "<div class=\"quote\"><blockquote id=\"quote_preview\">"
                            + HtmlText.escape(f.description()) + "</blockquote></div>\n")
                    .append("</li>\n");
        }
        return "<form method=\"post\" autocomplete=\"off\" name=\"delform\" id=\"delform\" action=\"home.php?mod=spacecp"
                + "&amp;ac=favorite&amp;op=delete&amp;type=" + type + "&amp;checkall=1\" onsubmit=\"showDialog("
                + "'确定要删除选中的收藏吗？', 'confirm', '', '$(\\'delform\\').submit();'); return false;\">\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash() + "\" />\n"
                + "<input type=\"hidden\" name=\"delfavorite\" value=\"true\" />\n<ul id=\"favorite_ul\" class=\"\">\n"
                + items + "</ul>\n<p class=\"mtm pns\"><label for=\"chkall\"><input type=\"checkbox\" name=\"chkall\" "
                + "id=\"chkall\" class=\"pc\" onclick=\"checkall(this.form, 'favorite')\" />全选</label> "
                + "<button type=\"submit\" name=\"delsubmit\" value=\"true\" class=\"pn vm\"><em>删除选中收藏</em>"
                + "</button></p>\n</form>\n";
    }
}
