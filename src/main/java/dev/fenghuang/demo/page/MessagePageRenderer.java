package dev.fenghuang.demo.page;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;

/** The {@code showmessage} page of 1.7.1 for ordinary (non-ajax) requests. */
public final class MessagePageRenderer {
    private static final String REFRESH_MILLIS = "2000";

    private final PageChrome chrome;

    public MessagePageRenderer(PageChrome chrome) {
        this.chrome = chrome;
    }

    /** A message without a forward URL: {@code alert_error} and a back link. */
    public PageResponse error(Visit visit, int status, String text) {
        String box = "<div id=\"messagetext\" class=\"alert_error\">\n<p>" + text + "</p>\n"
                + "<script type=\"text/javascript\">if(history.length > (BROWSER.ie ? 0 : 1)) {"
                + "document.write('<p class=\"alert_btnleft\"><a href=\"javascript:history.back()\">"
                + "[ 点击这里返回上一页 ]</a></p>');} else {document.write('<p class=\"alert_btnleft\">"
                + "<a href=\"./\">[ " + SiteSettings.SITE_NAME + " 首页 ]</a></p>');}</script>\n</div>\n";
        return PageResponse.html(status, page(visit, box));
    }

    /** A message with a forward URL (the referer, else {@code SITE./}): {@code alert_info} and a redirect script. */
    public PageResponse info(Visit visit, int status, String text) {
        String referer = visit.request().referer();
        return forward(visit, status, "alert_info", text, referer.isEmpty() ? visit.siteUrl() + "./" : referer);
    }

    /** A message with a forward URL and a redirect script, {@code alert_info} or {@code alert_right}. */
    public PageResponse forward(Visit visit, int status, String cssClass, String text, String url) {
        String box = "<div id=\"messagetext\" class=\"" + cssClass + "\">\n<p>" + text
                + "<script type=\"text/javascript\" reload=\"1\">setTimeout(\"window.location.href ='" + url + "';\", "
                + REFRESH_MILLIS + ");</script></p>\n<p class=\"alert_btnleft\"><a href=\"" + HtmlText.escape(url)
                + "\">如果您的浏览器没有自动跳转，请点击此链接</a></p>\n</div>\n";
        return PageResponse.html(status, page(visit, box));
    }

    /**
     * A message for a guest who must log in first: {@code #main_succeed} hidden, the text in {@code #main_message}
     * ({@code alert_info}, no back link), then the login-form loader.
     */
    public PageResponse login(Visit visit, int status, String text) {
        String blocks = "<div class=\"nfl\" id=\"main_succeed\" style=\"display: none\">\n<div class=\"f_c altw\">\n"
                + "<div class=\"alert_right\">\n<p id=\"succeedmessage\"></p>\n<p id=\"succeedlocation\" "
                + "class=\"alert_btnleft\"></p>\n<p class=\"alert_btnleft\"><a id=\"succeedmessage_href\">"
                + "如果您的浏览器没有自动跳转，请点击此链接</a></p>\n</div>\n</div>\n</div>\n"
                + "<div class=\"nfl\" id=\"main_message\">\n<div class=\"f_c altw\">\n"
                + "<div id=\"messagetext\" class=\"alert_info\">\n<p>" + text + "</p>\n</div>\n"
                + "<div id=\"messagelogin\"></div>\n<script type=\"text/javascript\">ajaxget('member.php?mod=logging"
                + "&action=login&infloat=yes&frommessage', 'messagelogin');</script>\n</div>\n</div>\n";
        return PageResponse.html(status, wrap(visit, blocks));
    }

    private String page(Visit visit, String box) {
        return wrap(visit, "<div class=\"nfl\">\n<div class=\"f_c altw\">\n" + box + "</div>\n</div>\n");
    }

    private String wrap(Visit visit, String blocks) {
        String main = "<div id=\"pt\" class=\"bm cl\">\n<div class=\"z\"><a href=\"./\" class=\"nvhm\" title=\"首页\">"
                + SiteSettings.SITE_NAME + "</a> <em>&rsaquo;</em> 提示信息</div>\n</div>\n"
                + "<div id=\"ct\" class=\"wp cl w\">\n" + blocks + "</div>\n";
        return chrome.page(visit, "提示信息 -  " + SiteSettings.SITE_NAME + " -  Powered by Discuz!", "mn_portal",
                "common", main);
    }
}
