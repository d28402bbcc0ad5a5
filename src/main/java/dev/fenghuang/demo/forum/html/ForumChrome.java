package dev.fenghuang.demo.forum.html;

import dev.fenghuang.demo.page.PageChrome;
import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.Visit;

/** The portal's page frame around forum pages: titles with the X3.5 double spaces, the breadcrumb {@code div#pt}. */
public final class ForumChrome {
    public static final String POWERED = " -  Powered by Discuz!";
    private final PageChrome chrome;

    public ForumChrome(PageChrome chrome) {
        this.chrome = chrome;
    }

    /** {@code PARTS -  SITENAME -  Powered by Discuz!}. */
    public static String title(String parts) {
        return parts + " -  " + SiteSettings.SITE_NAME + POWERED;
    }

    /**
     * A whole page; {@code trail} is the breadcrumb after 论坛 (already HTML, each part preceded by its
     * {@code <em>&rsaquo;</em>}).
     */
    public String page(Visit visit, String title, String css, String trail, String main) {
        String pt = "<div id=\"pt\" class=\"bm cl\">\n<div class=\"z\">\n<a href=\"./\" class=\"nvhm\" title=\"首页\">"
                + SiteSettings.SITE_NAME + "</a><em>&raquo;</em><a href=\"forum.php\">论坛</a>" + trail
                + "\n</div>\n</div>\n";
        return chrome.page(visit, title, "mn_forum", css, pt + main);
    }
}
