package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import dev.fenghuang.demo.write.CaptchaField;
import java.util.List;

/**
 * The full comment page of 3.4 ({@code portal.php?mod=comment&id=AID&idtype=aid[&page=P]}): 25 per page, newest
 * first, hidden comments counted in a note.
 */
public final class CommentPageRenderer {
    static final int PAGE_SIZE = 25;

    private final PortalContent content;
    private final PageChrome chrome;

    public CommentPageRenderer(PortalContent content, PageChrome chrome) {
        this.content = content;
        this.chrome = chrome;
    }

    /** A page beyond the end has no items and an empty pager div. */
    public String render(Visit visit, PortalArticle article, int requestedPage) {
        int aid = article.aid();
        List<PortalComment> all = content.comments(aid);
        int pages = PageNavigation.pageCount(all.size(), PAGE_SIZE);
        int page = Math.max(1, requestedPage);
        boolean beyond = page > pages;
        List<PortalComment> shown = beyond ? List.of()
                : all.subList((page - 1) * PAGE_SIZE, Math.min(all.size(), page * PAGE_SIZE));
        CommentItems.Shown visible = CommentItems.filter(shown, visit.member());
        String pager = beyond ? "" : PageNavigation.links("portal.php?mod=comment&id=" + aid + "&idtype=aid", page, pages);
        String main = Breadcrumb.simple("查看评论")
                + "<div id=\"ct\" class=\"wp cl\">\n<div class=\"mn\">\n<div class=\"bm vw\">\n"
                + "<div class=\"h hm\">\n<h1 class=\"ph\"><a href=\"portal.php?mod=view&aid=" + aid + "\">"
                + HtmlText.escape(article.title()) + "</a></h1>\n<p>评论 (" + content.commentCount(aid)
                + ")<span class=\"pipe\">|</span><a href=\"javascript:;\" onclick=\"location.href=location.href"
                + ".replace(/(\\#.*)/, '')+'#cform';$('message').focus();return false;\" class=\"xi2 xw1\">发表评论</a>"
                + "</p>\n</div>\n<div class=\"bm_c\">\n" + CommentItems.render(visible.listed(), "", visit.member())
                + (visible.hidden() == 0 ? "" : "<p class=\"mbn mtn y\">提示：本页有 " + visible.hidden()
                        + " 个评论因未通过审核而被隐藏</p>\n")
                + "<div class=\"pgs cl mtm mbm\">" + pager + "</div>\n" + form(visit, aid)
                + "</div>\n</div>\n</div>\n</div>\n";
        return chrome.page(visit, "门户 -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!", "mn_portal",
                "portal_comment", main);
    }

    private static String form(Visit visit, int aid) {
        return "<form id=\"cform\" name=\"cform\" action=\"portal.php?mod=portalcp&amp;ac=comment\" method=\"post\" "
                + "autocomplete=\"off\">\n<div class=\"tedt\">\n<div class=\"area\">\n"
                + "<textarea name=\"message\" rows=\"3\" class=\"pt\" id=\"message\"></textarea>\n</div>\n</div>\n"
                + "<input type=\"hidden\" name=\"aid\" value=\"" + aid + "\" />\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash() + "\" />\n"
                + (visit.site().captcha() ? CaptchaField.markup(CaptchaField.hash(visit, false),
                        CaptchaField.COMMENT_MODULE) : "")
                + "<p class=\"ptn\"><button type=\"submit\" name=\"commentsubmit\" value=\"true\" class=\"pn\">"
                + "<strong>评论</strong></button></p>\n</form>\n";
    }
}
