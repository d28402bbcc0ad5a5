package dev.fenghuang.demo.page;

import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalContent;
import java.util.List;

/**
 * The portal index of 3.1: an empty {@code div#diy1} for a fresh X3.5 install, or DIY blocks of
 * article links, one per top category plus a block of pictures.
 */
public final class IndexPageRenderer {
    private static final int BLOCK_SIZE = 8;

    private final PortalContent content;
    private final PageChrome chrome;

    public IndexPageRenderer(PortalContent content, PageChrome chrome) {
        this.content = content;
        this.chrome = chrome;
    }

    public String render(Visit visit) {
        String area = visit.site().emptyIndex() ? "<div id=\"diy1\" class=\"area\"></div>\n" : decorated();
        String main = "<div id=\"ct\" class=\"wp cl\">\n" + area
                + "<script src=\"misc.php?mod=diyhelp&action=get&type=index&diy=yes&r=" + visit.site().now() % 10000
                + "\" type=\"text/javascript\"></script>\n</div>\n";
        return chrome.page(visit, "门户 -  Powered by Discuz!", "mn_portal", "portal_index", main);
    }

    private String decorated() {
        StringBuilder area = new StringBuilder("<div id=\"diy1\" class=\"area\"><div id=\"frameA1b2C3\" "
                + "class=\"frame move-span cl frame-1\">\n");
        int bid = 1;
        area.append(block(bid++, "图文推荐", pictures()));
        for (PortalCategory category : content.topLevel()) {
            List<PortalArticle> articles = content.listed(category.catid());
            area.append(block(bid++, category.name(), links(articles.subList(0, Math.min(BLOCK_SIZE, articles.size())))));
        }
        return area.append("</div></div>\n").toString();
    }

    private List<PortalArticle> pictureArticles() {
        return content.newest().stream().filter(a -> !a.thumbnail().isEmpty()).limit(4).toList();
    }

    private String pictures() {
        StringBuilder items = new StringBuilder("<ul class=\"cl\">");
        for (PortalArticle a : pictureArticles()) {
            items.append("<li><a href=\"portal.php?mod=view&aid=").append(a.aid()).append("\" target=\"_blank\">")
                    .append("<img src=\"").append(a.thumbnail()).append("\" width=\"120\" height=\"90\" alt=\"")
                    .append(HtmlText.escape(a.title())).append("\" /></a><p><a href=\"portal.php?mod=view&aid=")
                    .append(a.aid()).append("\" title=\"").append(HtmlText.escape(a.title())).append("\" target=\"_blank\">")
                    .append(HtmlText.escape(a.title())).append("</a></p></li>");
        }
        return items.append("</ul>").toString();
    }

    private static String links(List<PortalArticle> articles) {
        StringBuilder items = new StringBuilder("<ul>");
        for (PortalArticle a : articles) {
            items.append("<li><em>").append(PrintedTime.dateTime(a.dateline()).split(" ")[0])
                    .append("</em><a href=\"portal.php?mod=view&aid=").append(a.aid()).append("\" title=\"")
                    .append(HtmlText.escape(a.title())).append("\" target=\"_blank\">").append(HtmlText.escape(a.title()))
                    .append("</a></li>");
        }
        return items.append("</ul>").toString();
    }

    private static String block(int bid, String title, String items) {
        return "<div id=\"portal_block_" + bid + "\" class=\"block move-span\">\n"
                + "<div class=\"blocktitle title\"><span class=\"titletext\">" + HtmlText.escape(title) + "</span></div>\n"
                + "<div id=\"portal_block_" + bid + "_content\" class=\"dxb_bc\">" + items + "</div>\n</div>\n";
    }
}
