package dev.fenghuang.demo;

import java.net.URLEncoder;
import java.util.List;

/** The common head, header (nav, search form with the formhash) and footer of every PC page. */
public final class PageChrome {
    private static final String VERHASH = "Fh7";
    private static final List<String> HOT_WORDS = List.of("脱贫", "渠县", "活动");

    private final PortalContent content;

    public PageChrome(PortalContent content) {
        this.content = content;
    }

    /**
     * A whole page.
     *
     * @param currentNav the id of the nav entry marked current, e.g. {@code mn_portal} or {@code mn_P1}
     * @param cssName the page's style sheet name, e.g. {@code portal_view}
     */
    public String page(Visit visit, String title, String currentNav, String cssName, String main) {
        return head(visit, title, cssName) + header(visit, currentNav) + "<div id=\"wp\" class=\"wp\">\n" + main
                + "</div>\n" + footer();
    }

    private String head(Visit visit, String title, String cssName) {
        SiteSettings site = visit.site();
        String siteUrl = visit.siteUrl();
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"" + site.charsetLabel() + "\" />\n"
                + "<meta name=\"renderer\" content=\"webkit\" />\n"
                + "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\" />\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n"
                + "<meta name=\"keywords\" content=\"" + HtmlText.escape(title) + "\" />\n"
                + "<meta name=\"generator\" content=\"Discuz! X3.5\" />\n"
                + "<base href=\"" + siteUrl + "\" />"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"data/cache/style_1_common.css?" + VERHASH + "\" />"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"data/cache/style_1_" + cssName + ".css?" + VERHASH
                + "\" /><script type=\"text/javascript\">var STYLEID = '1', STATICURL = 'static/', "
                + "IMGDIR = 'static/image/common', VERHASH = '" + VERHASH + "', charset = '" + site.charsetLabel()
                + "', discuz_uid = '" + visit.member().uid() + "', cookiepre = '" + site.cookiePrefix()
                + "', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', "
                + "disallowfloat = '', creditnotice = '', defaultstyle = '', SITEURL = '" + siteUrl
                + "', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>\n"
                + "<script src=\"static/js/common.js?" + VERHASH + "\" type=\"text/javascript\"></script>\n"
                + "</head>\n\n<body id=\"nv_portal\" class=\"pg_" + cssName.replace("portal_", "")
                + "\" onkeydown=\"if(event.keyCode==27) return false;\">\n"
                + "<div id=\"append_parent\"></div><div id=\"ajaxwaitid\"></div>\n";
    }

    private String header(Visit visit, String currentNav) {
        String fh = visit.formhash();
        return "<div id=\"hd\">\n<div class=\"wp\">\n<div class=\"hdc cl\"><h2><a href=\"./\" title=\""
                + SiteSettings.SITE_NAME + "\"><img src=\"static/image/common/logo.svg\" alt=\""
                + SiteSettings.SITE_NAME + "\" class=\"boardlogo\" id=\"boardlogo\" border=\"0\" /></a></h2>\n"
                + (visit.member().guest() ? quickLogin(fh) : memberBox(visit, fh))
                + "</div>\n\n<div id=\"nv\">\n<ul>" + navItems(visit, currentNav) + "</ul>\n</div>\n"
                + "<div id=\"mu\" class=\"cl\">\n</div>" + searchBar(visit, fh) + "</div>\n</div>\n\n";
    }

    /** The guests' quick-login box {@code form#lsform}. */
    private static String quickLogin(String fh) {
        return "<form method=\"post\" autocomplete=\"off\" id=\"lsform\" action=\"member.php?mod=logging&amp;"
                + "action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes\">\n"
                + "<input type=\"text\" name=\"username\" id=\"ls_username\" class=\"px vm\" />\n"
                + "<input type=\"password\" name=\"password\" id=\"ls_password\" class=\"px vm\" />\n"
                + "<input type=\"hidden\" name=\"quickforward\" value=\"yes\" />\n"
                + "<input type=\"hidden\" name=\"handlekey\" value=\"ls\" />\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + fh + "\" />\n"
                + "<a href=\"member.php?mod=logging&amp;action=login\">登录</a> <a href=\"member.php?mod=register\">注册</a>\n"
                + "</form>\n";
    }

    /** The members' {@code div#um}: name, favourites, logout link with the formhash, group. */
    private static String memberBox(Visit visit, String fh) {
        Member member = visit.member();
        return "<div id=\"um\">\n<div class=\"avt y\"><a href=\"home.php?mod=space&amp;uid=" + member.uid()
                + "\"><img src=\"" + visit.siteUrl() + "uc_server/avatar.php?uid=" + member.uid()
                + "&amp;size=small\" /></a></div>\n<p>\n<strong class=\"vwmy\"><a href=\"home.php?mod=space&amp;uid="
                + member.uid() + "\" target=\"_blank\" title=\"访问我的空间\">" + HtmlText.escape(member.name())
                + "</a></strong>\n<span class=\"pipe\">|</span><a href=\"home.php?mod=space&amp;do=favorite&amp;"
                + "view=me\">我的收藏</a>\n<span class=\"pipe\">|</span><a href=\"member.php?mod=logging&amp;"
                + "action=logout&amp;formhash=" + fh + "\">退出</a>\n</p>\n<p>\n<a href=\"home.php?mod=spacecp&amp;"
                + "ac=usergroup\" id=\"g_upmine\">用户组: " + visit.group().title() + "</a>\n</p>\n</div>\n";
    }

    private String navItems(Visit visit, String currentNav) {
        StringBuilder items = new StringBuilder();
        items.append(navItem("mn_portal", currentNav, "portal.php", " title=\"Portal\"",
                SiteSettings.NAV_NAME + "<span>Portal</span>"));
        items.append(navItem("mn_forum", currentNav, "forum.php", " title=\"BBS\"", "论坛<span>BBS</span>"));
        if (!visit.site().emptyIndex()) {
            for (PortalCategory category : content.topLevel()) {
                items.append(navItem("mn_P" + category.catid(), currentNav, visit.categoryUrl(category.catid()), "",
                        category.name()));
            }
        }
        return items.toString();
    }

    private static String navItem(String id, String currentNav, String href, String title, String label) {
        return "<li " + (id.equals(currentNav) ? "class=\"a\" " : "") + "id=\"" + id + "\" ><a href=\"" + href
                + "\" hidefocus=\"true\"" + title + "  >" + label + "</a></li>";
    }

    private static String searchBar(Visit visit, String fh) {
        StringBuilder hot = new StringBuilder();
        for (String word : HOT_WORDS) {
            hot.append("<a href=\"search.php?mod=forum&amp;srchtxt=")
                    .append(URLEncoder.encode(word, visit.site().charset())).append("&amp;formhash=").append(fh)
                    .append("&amp;searchsubmit=true&amp;source=hotsearch\" target=\"_blank\" class=\"xi2\" sc=\"1\">")
                    .append(word).append("</a>\n");
        }
        return "<div id=\"scbar\" class=\"cl\">\n<form id=\"scbar_form\" method=\"post\" autocomplete=\"off\" "
                + "action=\"search.php?searchsubmit=yes\" target=\"_blank\">\n"
                + "<input type=\"hidden\" name=\"mod\" id=\"scbar_mod\" value=\"search\" />\n"
                + "<input type=\"hidden\" name=\"formhash\" value=\"" + fh + "\" />\n"
                + "<input type=\"hidden\" name=\"srchtype\" value=\"title\" />\n"
                + "<input type=\"text\" name=\"srchtxt\" id=\"scbar_txt\" value=\"\" autocomplete=\"off\" />\n"
                + "<button type=\"submit\" name=\"searchsubmit\" id=\"scbar_btn\" sc=\"1\" class=\"pn pnc\" "
                + "value=\"true\"><strong class=\"xi2\">搜索</strong></button>\n"
                + "<div id=\"scbar_hot\">\n<strong class=\"xw1\">热搜: </strong>\n" + hot + "</div>\n</form>\n</div>\n";
    }

    private static String footer() {
        return "<div id=\"ft\" class=\"wp cl\">\n<div id=\"flk\" class=\"y\">\n<p>\n"
                + "<a href=\"forum.php?mobile=yes\" >手机版</a><span class=\"pipe\">|</span>"
                + "<strong><a href=\"./\" target=\"_blank\">" + SiteSettings.SITE_NAME + "</a></strong>\n</p>\n</div>\n"
                + "<div id=\"frt\">\n<p>Powered by <strong><a href=\"https://www.discuz.vip/\" target=\"_blank\">"
                + "Discuz!</a></strong> <em>X3.5</em></p>\n</div>\n</div>\n"
                + "<div id=\"scrolltop\">\n<span hidefocus=\"true\"><a title=\"返回顶部\" "
                + "onclick=\"window.scrollTo('0','0')\" class=\"scrolltopa\" ><b>返回顶部</b></a></span>\n</div>\n"
                + "</body>\n</html>\n";
    }
}
