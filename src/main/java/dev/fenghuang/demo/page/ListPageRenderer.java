package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalContent;
import java.util.List;

/** The category list page of 3.2 ({@code portal.php?mod=list&catid=N[&page=P]}), X3.5 shape. */
public final class ListPageRenderer {
    static final int PAGE_SIZE = 15;

    private final PortalContent content;
    private final PageChrome chrome;

    public ListPageRenderer(PortalContent content, PageChrome chrome) {
        this.content = content;
        this.chrome = chrome;
    }

    public String render(Visit visit, PortalCategory category, int requestedPage) {
        List<PortalArticle> all = content.listed(category.catid());
        int pages = PageNavigation.pageCount(all.size(), PAGE_SIZE);
        int page = Math.max(1, requestedPage);
        List<PortalArticle> shown = all.subList(Math.min(all.size(), (page - 1) * PAGE_SIZE),
                Math.min(all.size(), page * PAGE_SIZE));
        List<PortalCategory> children = content.children(category.catid());
        String pager = PageNavigation.links(visit.categoryUrl(category.catid()), PageNavigation.clamp(page, pages), pages);
        String main = Breadcrumb.list(visit, content.path(category))
                + "<div id=\"ct\" class=\"ct2 wp cl\">\n<div class=\"mn\">\n<div class=\"bm\">\n"
                + "<div class=\"bm_h cl\">\n<a href=\"portal.php?mod=rss&amp;catid=" + category.catid()
                + "\" class=\"y xi2 rss\" target=\"_blank\" title=\"RSS\">订阅</a><h1 class=\"xs2\">"
                + HtmlText.escape(category.name()) + "</h1>\n</div>\n" + childLine(visit, children)
                + "<div class=\"bm_c xld\">" + items(visit, shown, !children.isEmpty()) + "</div>\n</div>\n"
                + (pager.isEmpty() ? "" : "<div class=\"pgs cl\">" + pager + "</div>\n")
                + "</div>\n" + sidebar(visit, category) + "</div>\n";
        String title = HtmlText.escape(category.name()) + (page >= 2 ? " - 第" + page + "页" : "");
        return chrome.page(visit, title + " -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!",
                "mn_P" + content.path(category).get(0).catid(), "portal_list", main);
    }

    private static String childLine(Visit visit, List<PortalCategory> children) {
        if (children.isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder("<div class=\"bm_c bbda\">\n下级分类:&nbsp;&nbsp;");
        for (PortalCategory child : children) {
            line.append("<a href=\"").append(visit.categoryUrl(child.catid())).append("\" class=\"xi2\">")
                    .append(HtmlText.escape(child.name())).append("</a><span class=\"pipe\">|</span>");
        }
        return line.append("</div>\n").toString();
    }

    private String items(Visit visit, List<PortalArticle> shown, boolean labelled) {
        StringBuilder items = new StringBuilder();
        for (PortalArticle article : shown) {
            String url = "portal.php?mod=view&aid=" + article.aid();
            String title = HtmlText.escape(article.title());
            items.append("<dl class=\"bbda cl\">\n<dt class=\"xs2\"><a href=\"").append(url)
                    .append("\" target=\"_blank\" class=\"xi2\"  style=\"\">").append(title).append("</a> </dt>\n")
                    .append("<dd class=\"xs2 cl\">\n");
            if (!article.thumbnail().isEmpty()) {
                items.append("<div class=\"atc\"><a href=\"").append(url).append("\" target=\"_blank\"><img src=\"")
                        .append(article.thumbnail()).append("\" alt=\"").append(title)
                        .append("\" class=\"tn\" /></a></div>\n");
            }
            items.append(HtmlText.escape(article.summary())).append("</dd>\n<dd>\n");
            if (labelled) {
                PortalCategory filed = content.category(article.catid()).orElseThrow();
                items.append("分类: <label><a href=\"").append(visit.categoryUrl(filed.catid()))
                        .append("\" class=\"xi2\">").append(HtmlText.escape(filed.name()))
                        .append("</a></label>&nbsp;&nbsp;");
            }
            items.append("<span class=\"xg1\"> ").append(PrintedTime.dateTime(article.dateline()))
                    .append("</span>\n</dd>\n</dl>\n");
        }
        return items.toString();
    }

    private String sidebar(Visit visit, PortalCategory category) {
        List<PortalCategory> related = category.topLevel() ? content.topLevel() : content.children(category.parentId());
        StringBuilder list = new StringBuilder("<ul class=\"xl xl2 cl\">");
        for (PortalCategory c : related) {
            list.append("<li>&bull; <a href=\"").append(visit.categoryUrl(c.catid())).append("\">")
                    .append(HtmlText.escape(c.name())).append("</a></li>");
        }
        return "<div class=\"sd pph\">\n<div class=\"bm\">\n<div class=\"bm_h cl\">\n<h2>相关分类</h2>\n</div>\n"
                + "<div class=\"bm_c\">\n" + list + "</ul>\n</div>\n</div>\n</div>\n";
    }
}
