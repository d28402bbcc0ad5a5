package dev.fenghuang.demo.write;

import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.store.Favorites;
import dev.fenghuang.demo.store.PortalArticle;

/** The favourite dialogs of 3.8: adding an article and confirming a delete, CR LF line ends as on X3.5. */
final class FavoriteForms {
    private FavoriteForms() {
    }

    static String add(Visit visit, PortalArticle article, int keepers) {
        int aid = article.aid();
        String key = visit.request().handlekey();
        return heading(key, "收藏") + "<form method=\"post\" autocomplete=\"off\" id=\"favoriteform_" + aid
                + "\" name=\"favoriteform_" + aid + "\" action=\"home.php?mod=spacecp&amp;ac=favorite&amp;type=article"
                + "&amp;id=" + aid + "&amp;spaceuid=0\" onsubmit=\"ajaxpost(this.id, 'return_" + key + "');return false;"
                + "\">\r\n<div class=\"c\">\r\n<div class=\"mbm\">已有 <b>" + keepers + "</b> 人收藏</div>\r\n"
                + "<label for=\"general_" + aid + "\">收藏说明:</label>\r\n<textarea id=\"general_" + aid
                + "\" name=\"description\" cols=\"50\" rows=\"5\" class=\"pt mtn\" style=\"width: 400px;\"></textarea>"
                + "\r\n</div>\r\n<p class=\"o pns\">\r\n<button type=\"submit\" name=\"favoritesubmit_btn\" "
                + "id=\"favoritesubmit_btn\" class=\"pn pnc\" value=\"true\"><strong>确定</strong></button>\r\n</p>\r\n"
                + hidden("referer", visit.siteUrl() + "./") + hidden("favoritesubmit", "true")
                + hidden("formhash", visit.formhash()) + hidden("handlekey", key) + "</form>\r\n" + handler(key);
    }

    static String delete(Visit visit, Favorites.Favorite favorite) {
        int favid = favorite.favid();
        String key = visit.request().handlekey();
        String referer = visit.request().referer().replace("\"", "&quot;").replace("<", "&lt;");
        return heading(key, "取消收藏") + "<form id=\"favoriteform_" + favid + "\" name=\"favoriteform_" + favid
                + "\" method=\"post\" autocomplete=\"off\" action=\"home.php?mod=spacecp&amp;ac=favorite&amp;op=delete"
                + "&amp;favid=" + favid + "&amp;type=all\" onsubmit=\"ajaxpost(this.id, 'return_" + key + "');"
                + "return false;\">\r\n" + hidden("referer", referer) + hidden("deletesubmit", "true")
                + hidden("formhash", visit.formhash()) + hidden("handlekey", key)
                + "<div class=\"c\">您确定要删除此收藏吗？</div>\r\n<p class=\"o pns\">\r\n<button type=\"submit\" "
                + "name=\"deletesubmitbtn\" value=\"true\" class=\"pn pnc\"><strong>确定</strong></button>\r\n</p>\r\n"
                + "</form>\r\n" + handler(key);
    }

    private static String heading(String key, String title) {
        return "<h3 class=\"flb\">\r\n<em id=\"return_" + key + "\">" + title + "</em>\r\n<span>\r\n"
                + "<a href=\"javascript:;\" class=\"flbc\" onclick=\"hideWindow('" + key + "')\" title=\"关闭\">关闭</a>"
                + "</span>\r\n</h3>\r\n";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\" />\r\n";
    }

    private static String handler(String key) {
        return "<script type=\"text/javascript\" reload=\"1\">\r\nfunction succeedhandle_" + key
                + "(url, msg, values) {\r\nshowCreditPrompt();\r\n}\r\n</script>\r\n";
    }
}
