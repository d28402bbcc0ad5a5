package dev.fenghuang.demo.page;

import dev.fenghuang.demo.http.Formhash;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.ReactionLog;
import java.util.Collections;
import java.util.List;

/**
 * The reactions table of 3.7 inside {@code div#click_div}, and the 刚表态过的朋友 list when members reacted.
 * The positions are those of the real X3.5 install, deliberately not the install-data order: 1 鲜花, 2 握手,
 * 3 雷人, 4 路过, 5 鸡蛋.
 */
public final class ReactionBar {
    public static final List<String> NAMES = List.of("鲜花", "握手", "雷人", "路过", "鸡蛋");
    private static final List<String> ICONS = List.of("xianhua", "woshou", "leiren", "luguo", "jidan");
    private static final int BAR_HEIGHT = 50;

    private ReactionBar() {
    }

    /** The hash the reaction links carry: md5 of the author's uid, a tab and the publish time. */
    public static String hash(PortalArticle article) {
        return Formhash.md5(article.publisher().uid() + "\t" + article.dateline());
    }

    /** The article's seeded counts, nobody in the list. */
    public static String render(PortalArticle article) {
        return "<div id=\"click_div\">\n" + table(article, article.reactions()) + "</div>\n";
    }

    /** Live counts and the members who reacted. */
    public static String render(Visit visit, PortalArticle article, ReactionLog log) {
        return "<div id=\"click_div\">\n" + table(article, log.counts(article.aid()))
                + trace(visit, article, log.recent(article.aid())) + "</div>\n";
    }

    static String table(PortalArticle article, List<Integer> counts) {
        int max = Math.max(1, Collections.max(counts));
        StringBuilder table = new StringBuilder("<table cellpadding=\"0\" cellspacing=\"0\" class=\"atd\">\n<tr>");
        for (int k = 1; k <= NAMES.size(); k++) {
            int count = counts.get(k - 1);
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
                .append("values['id'], values['clickid']);}}</script>\n").toString();
    }

    private static String trace(Visit visit, PortalArticle article, List<ReactionLog.Reaction> recent) {
        if (recent.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<h3 class=\"mbm xs1\">\n刚表态过的朋友 (<a href=\"javascript:;\" ")
                .append("onclick=\"show_click('aid', '").append(article.aid()).append("', '").append(NAMES.size())
                .append("')\">").append(recent.size()).append(" 人</a>)</h3>\n<div id=\"trace_div\" class=\"xs1\">")
                .append("<ul id=\"trace_ul\" class=\"ml mls cl\">\n");
        for (ReactionLog.Reaction r : recent.subList(0, Math.min(24, recent.size()))) {
            int uid = r.member().uid();
            String name = HtmlText.escape(r.member().name());
            list.append("<li><div class=\"avt\"><a href=\"home.php?mod=space&amp;uid=").append(uid)
                    .append("\" target=\"_blank\" title=\"").append(NAMES.get(r.clickid() - 1)).append("\"><img src=\"")
                    .append(visit.siteUrl()).append("uc_server/avatar.php?uid=").append(uid)
                    .append("&size=small\" class=\"user_avatar\"></a></div><p><a href=\"home.php?mod=space&amp;uid=")
                    .append(uid).append("\"  title=\"").append(name).append("\" target=\"_blank\">").append(name)
                    .append("</a></p></li>\n");
        }
        return list.append("</ul></div>\n").toString();
    }
}
