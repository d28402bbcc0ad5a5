package dev.fenghuang.demo;

import java.util.List;

/** The {@code div#comment} block of the article page (3.4): latest 20 comments, newest first, and {@code form#cform}. */
final class CommentBlock {
    static final int SHOWN = 20;

    private CommentBlock() {
    }

    static String render(Visit visit, PortalArticle article, List<PortalComment> newestFirst) {
        int aid = article.aid();
        boolean any = !newestFirst.isEmpty();
        String items = CommentItems.render(newestFirst.subList(0, Math.min(SHOWN, newestFirst.size())),
                String.valueOf(aid));
        String all = any ? "<p class=\"ptm pbm\"><a href=\"portal.php?mod=comment&id=" + aid
                + "&idtype=aid\" class=\"xi2\">查看全部评论(<em id=\"_commentnum\">" + newestFirst.size()
                + "</em>)</a></p>\n" : "";
        return "<div id=\"comment\" class=\"bm\">\n<div class=\"bm_h cl\">\n"
                + (any ? "<a href=\"javascript:;\" onclick=\"location.href=location.href.replace(/(\\#.*)/, '')"
                        + "+'#cform';$('message').focus();return false;\" class=\"y xi2\">发表评论</a>" : "")
                + "<h3>最新评论</h3>\n</div>\n<div id=\"comment_ul\" class=\"bm_c\">" + items + all
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
                + "<p class=\"pt10 cl\"><button type=\"submit\" name=\"commentsubmit_btn\" id=\"commentsubmit_btn\" "
                + "value=\"true\" class=\"pn y\"><strong>评论</strong></button></p>\n</form>\n";
    }
}
