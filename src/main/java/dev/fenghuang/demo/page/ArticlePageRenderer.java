package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.ArticlePage;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import java.util.List;
import java.util.Optional;

/** The article page of 3.3 ({@code portal.php?mod=view&aid=N[&page=P]}), X3.5 shape. */
public final class ArticlePageRenderer {
    private final PortalContent content;
    private final PageChrome chrome;

    public ArticlePageRenderer(PortalContent content, PageChrome chrome) {
        this.content = content;
        this.chrome = chrome;
    }

    /**
     * @param views the view count to print (the value before this view)
     * @param requestedPage beyond the last page gives an empty body with the pager on the last page
     */
    public String render(Visit visit, PortalArticle article, long views, int requestedPage) {
        PortalCategory category = content.category(article.catid()).orElseThrow();
        int page = Math.max(1, requestedPage);
        List<PortalComment> comments = content.comments(article.aid());
        String main = Breadcrumb.article(visit, content.path(category))
                + "<div id=\"ct\" class=\"ct2 wp cl\">\n<div class=\"mn\">\n<div class=\"bm vw\">\n"
                + head(article, views, content.commentCount(article.aid())) + summary(article)
                + body(visit, article, page)
                + "<div class=\"o cl ptm pbm\">\n" + (visit.site().favoritesOff() ? "" : favorite(article.aid()))
                + "</div>\n" + neighbours(article)
                + "</div>\n" + (article.commentsAllowed()
                        ? CommentBlock.render(visit, article, comments, content.commentCount(article.aid())) : "")
                + "</div>\n" + sidebar(visit, category) + "</div>\n";
        String title = HtmlText.escape(article.title()) + (page >= 2 ? " - 第" + page + "页" : "") + " - "
                + HtmlText.escape(category.name()) + " -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!";
        return chrome.page(visit, title, "mn_P" + content.path(category).get(0).catid(), "portal_view", main);
    }

    private static String head(PortalArticle article, long views, int commentCount) {
        int aid = article.aid();
        String comments = commentCount == 0 ? "0" : "<a href=\"portal.php?mod=comment&id=" + aid
                + "&idtype=aid\" title=\"查看全部评论\"><em id=\"_commentnum\">" + commentCount + "</em></a>";
        StringBuilder optional = new StringBuilder();
        if (!article.originalAuthor().isEmpty()) {
            optional.append("<span class=\"pipe\">|</span>原作者: ").append(HtmlText.escape(article.originalAuthor()));
        }
        if (!article.source().isEmpty()) {
            String source = HtmlText.escape(article.source());
            optional.append("<span class=\"pipe\">|</span>来自: ").append(article.sourceUrl().isEmpty() ? source
                    : "<a href=\"" + HtmlText.escape(article.sourceUrl()) + "\" target=\"_blank\">" + source + "</a>");
        }
        return "<div class=\"h hm\">\n<h1 class=\"ph\">" + HtmlText.escape(article.title()) + " </h1>\n"
                + "<p class=\"xg1\">\n" + PrintedTime.dateTime(article.dateline()) + "<span class=\"pipe\">|</span>\n"
                + "发布者: <a href=\"home.php?mod=space&amp;uid=" + article.publisher().uid() + "\">"
                + HtmlText.escape(article.publisher().name()) + "</a><span class=\"pipe\">|</span>\n"
                + "查看: <em id=\"_viewnum\">" + views + "</em><span class=\"pipe\">|</span>\n"
                + "评论: " + comments + (optional.length() == 0 ? "\n" : optional) + "</p>\n</div>\n";
    }

    private static String summary(PortalArticle article) {
        return article.summary().isEmpty() ? ""
                : "<div class=\"s\"><div><strong>摘要</strong>: " + HtmlText.escape(article.summary()) + "</div></div>\n";
    }

    private String body(Visit visit, PortalArticle article, int page) {
        String html = "";
        if (page <= article.pageCount()) {
            ArticlePage shown = article.pages().get(page - 1);
            html = (shown.title().isEmpty() ? "" : "<div class=\"vm_pagetitle xw1\">"
                    + HtmlText.escape(shown.title()) + "</div>") + shown.html();
        }
        String pager = PageNavigation.links("portal.php?mod=view&aid=" + article.aid(),
                PageNavigation.clamp(page, article.pageCount()), article.pageCount());
        return "<div class=\"d\">\n<table cellpadding=\"0\" cellspacing=\"0\" class=\"vwtb\"><tr><td id=\"article_content\">"
                + html + "</td></tr></table>\n"
                + (pager.isEmpty() ? "" : "<div class=\"ptw pbw cl\">" + pager + "</div>\n")
                + ReactionBar.render(visit, article, content.reactions()) + "</div>\n";
    }

    private static String favorite(int aid) {
        return "<a href=\"home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id=" + aid
                + "&amp;handlekey=favoritearticlehk_" + aid + "\" id=\"a_favorite\" "
                + "onclick=\"showWindow(this.id, this.href, 'get', 0);\" class=\"oshr ofav\">收藏</a>\n";
    }

    private String neighbours(PortalArticle article) {
        Optional<PortalArticle> previous = content.previous(article);
        Optional<PortalArticle> next = content.next(article);
        if (previous.isEmpty() && next.isEmpty()) {
            return "";
        }
        return "<div class=\"pren pbm cl\">\n" + previous.map(a -> neighbour("上一篇：", a)).orElse("")
                + next.map(a -> neighbour("下一篇：", a)).orElse("") + "</div>\n";
    }

    private static String neighbour(String label, PortalArticle article) {
        return "<em>" + label + "<a href=\"portal.php?mod=view&aid=" + article.aid() + "\">"
                + HtmlText.escape(article.title()) + "</a></em>";
    }

    private String sidebar(Visit visit, PortalCategory category) {
        List<PortalCategory> related = category.topLevel() ? content.topLevel() : content.children(category.parentId());
        StringBuilder list = new StringBuilder("<ul class=\"xl xl2 cl\">");
        for (PortalCategory c : related) {
            list.append("<li><a href=\"").append(visit.categoryUrl(c.catid())).append("\">")
                    .append(HtmlText.escape(c.name())).append("</a></li>");
        }
        return "<div class=\"sd pph\">\n<div class=\"bm\">\n<div class=\"bm_h cl\">\n<h2>相关分类</h2>\n</div>\n"
                + "<div class=\"bm_c\">\n" + list + "</ul>\n</div>\n</div>\n</div>\n";
    }
}
