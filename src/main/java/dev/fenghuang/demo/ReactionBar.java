package dev.fenghuang.demo;

import java.util.Collections;
import java.util.List;

/**
 * The reactions table of 3.7 inside {@code div#click_div}. The positions are those of the real X3.5
 * install, deliberately not the install-data order: 1 鲜花, 2 握手, 3 雷人, 4 路过, 5 鸡蛋.
 */
final class ReactionBar {
    static final List<String> NAMES = List.of("鲜花", "握手", "雷人", "路过", "鸡蛋");
    private static final List<String> ICONS = List.of("xianhua", "woshou", "leiren", "luguo", "jidan");
    private static final int BAR_HEIGHT = 50;

    private ReactionBar() {
    }

    /** The hash the reaction links carry: md5 of the author's uid, a tab and the publish time. */
    static String hash(PortalArticle article) {
        return Formhash.md5(article.publisher().uid() + "\t" + article.dateline());
    }

    static String render(PortalArticle article) {
        int max = Math.max(1, Collections.max(article.reactions()));
        StringBuilder table = new StringBuilder("<div id=\"click_div\">\n<table cellpadding=\"0\" cellspacing=\"0\" ")
                .append("class=\"atd\">\n<tr>");
        for (int k = 1; k <= NAMES.size(); k++) {
            int count = article.reactions().get(k - 1);
            table.append("<td>\n<a href=\"home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid=").append(k)
                    .append("&amp;idtype=aid&amp;id=").append(article.aid()).append("&amp;hash=").append(hash(article))
                    .append("&amp;handlekey=clickhandle\" id=\"click_aid_").append(article.aid()).append('_').append(k)
                    .append("\" onclick=\"showWindow(this.id, this.href);doane(event);\">\n");
            if (count > 0) {
                int colour = 1 + (article.aid() + k) % 4;
                table.append("<div class=\"atdc\">\n<div class=\"ac").append(colour).append("\" style=\"height:")
                        .append(Math.max(1, BAR_HEIGHT * count / max)).append("px;\">\n<em>").append(count)
                        .append("</em>\n</div>\n</div>\n");
            }
            table.append("<img src=\"static/image/click/").append(ICONS.get(k - 1)).append(".gif\" alt=\"\" /><br />")
                    .append(NAMES.get(k - 1)).append("</a>\n</td>\n");
        }
        return table.append("</tr>\n</table>\n<script type=\"text/javascript\">function errorhandle_clickhandle(")
                .append("message, values) {if(values['id']) {showCreditPrompt();show_click(values['idtype'], ")
                .append("values['id'], values['clickid']);}}</script>\n</div>\n").toString();
    }
}
