package dev.fenghuang.demo.page;

import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.write.CaptchaField;
import java.util.List;

/**
 * The {@code div#comment} block of the article page (3.4): latest 20 comments, newest first, those the viewer
 * may not see counted in the hidden-comments note, and {@code form#cform} (with the captcha when it is on).
 */
final class CommentBlock {
    static final int SHOWN = 20;

    private CommentBlock() {
    }

    /** @param counter the article's comment counter, for 查看全部评论(N) */
    static String render(Visit visit, PortalArticle article, List<PortalComment> newestFirst, int counter) {
        int aid = article.aid();
        boolean any = !newestFirst.isEmpty();
        CommentItems.Shown shown = CommentItems.filter(newestFirst.subList(0, Math.min(SHOWN, newestFirst.size())),
                visit.member());
        String items = CommentItems.render(shown.listed(), String.valueOf(aid), visit.member());
        String note = shown.hidden() == 0 ? ""
                : "<p class=\"mtn mbn y\">提示：本页有 " + shown.hidden() + " 个评论因未通过审核而被隐藏</p>\n";
        String all = any ? "<p class=\"ptm pbm\"><a href=\"portal.php?mod=comment&id=" + aid
                + "&idtype=aid\" class=\"xi2\">查看全部评论(<em id=\"_commentnum\">" + counter
                + "</em>)</a></p>\n" : "";
        return "<div id=\"comment\" class=\"bm\">\n<div class=\"bm_h cl\">\n"
                + (any ? "<a href=\"javascript:;\" onclick=\"location.href=location.href.replace(/(\\#.*)/, '')"
                        + "+'#cform';$('message').focus();return false;\" class=\"y xi2\">发表评论</a>" : "")
                + "<h3>最新评论</h3>\n</div>\n<div id=\"comment_ul\" class=\"bm_c\">" + items + note + all
                + form(visit, aid) + "</div>\n</div>\n";
    }

    private static String form(Visit visit, int aid) {
        String referer = "portal.php?mod=view&aid=" + aid + "#comment";
        return "<form id=\"cform\" name=\"cform\" action=\"portal.php?mod=portalcp&ac=comment\" method=\"post\" "
                + "autocomplete=\"off\">\n<div class=\"tedt\">\n<div class=\"area\">\n"
                + "<textarea name=\"message\" rows=\"3\" class=\"pt\" id=\"message\" "
                + "onkeydown=\"ctrlEnter(event, 'commentsubmit_btn');\"></textarea>\n</div>\n</div>\n"
                + "<input type=\"hidden\" name=\"portal_referer\" value=\"" + referer + "\">\n"
                + "<input type=\"hidden\" name=\"referer\" value=\"" + referer + "\" />\n"
                + "<input type=\"hidden\" name=\"id\" value=\"0\" />\n"
                + "<input type=\"hidden\" name=\"idtype\" value=\"\" />\n"
                + "<input type=\"hidden\" name=\"aid\" value=\"" + aid + "\">\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + visit.formhash() + "\">\n"
                + "<input type=\"hidden\" name=\"replysubmit\" value=\"true\">\n"
                + "<input type=\"hidden\" name=\"commentsubmit\" value=\"true\" />\n"
                + (visit.site().captcha() ? CaptchaField.markup(CaptchaField.hash(visit, false),
                        CaptchaField.COMMENT_MODULE) : "")
                + "<p class=\"pt10 cl\"><button type=\"submit\" name=\"commentsubmit_btn\" id=\"commentsubmit_btn\" "
                + "value=\"true\" class=\"pn y\"><strong>评论</strong></button></p>\n</form>\n";
    }
}
