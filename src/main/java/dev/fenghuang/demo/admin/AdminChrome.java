package dev.fenghuang.demo.admin;

import dev.fenghuang.demo.SiteSettings;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;

/**
 * The frame of admin content pages (5.3): a head without the site header, then the script that reloads the page
 * inside the frame set when it is opened alone, then {@code div#cpcontainer}. Also the admin message box
 * ({@code cpmsg}) in its X3.5 shape.
 */
public final class AdminChrome {
    public static final String FRAME_RELOAD = "<script type=\"text/JavaScript\">if(parent == self) {location.replace("
            + "'admin.php?frames=yes&' + location.search.replace(/^\\?/, ''));}</script>";
    private static final String REDIRECT_MILLIS = "3000";

    private AdminChrome() {
    }

    /** A whole admin page around the content. */
    public static String page(Visit visit, String content) {
        return head(visit) + FRAME_RELOAD + "\n<div id=\"append_parent\"></div><div id=\"ajaxwaitid\"></div>\n"
                + "<div class=\"container\" id=\"cpcontainer\">\n" + content + "</div>\n</body>\n</html>\n";
    }

    /** A page without the frame script, for answers loaded into a hidden frame ({@code frame=no}). */
    public static String framePart(Visit visit, String content) {
        return head(visit) + content + "\n</body>\n</html>\n";
    }

    /** A success box ({@code infotitle2}) forwarding to the URL after three seconds. */
    public static PageResponse success(Visit visit, String text, String url) {
        String box = "<div class=\"infobox\"><h3>Discuz! 提示</h3><h4 class=\"infotitle2\">" + text + "</h4>"
                + "<p class=\"marginbot\"><a href=\"" + url + "\" class=\"lightlink\">如果您的浏览器没有自动跳转，请点击这里</a>"
                + "</p><script type=\"text/JavaScript\">setTimeout(\"redirect('" + url + "');\", " + REDIRECT_MILLIS
                + ");</script></div>\n";
        return PageResponse.html(200, page(visit, box));
    }

    /** An error box ({@code infotitle3}) with a back link. */
    public static PageResponse error(Visit visit, String text) {
        String box = "<div class=\"infobox\"><h3>Discuz! 提示</h3><h4 class=\"infotitle3\">" + text + "</h4>"
                + "<p class=\"marginbot\"><a href=\"javascript:history.go(-1);\" class=\"lightlink\">点击这里返回上一页</a>"
                + "</p></div>\n";
        return PageResponse.html(200, page(visit, box));
    }

    private static String head(Visit visit) {
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"" + visit.site().charsetLabel() + "\" />\n"
                + "<title>" + SiteSettings.SITE_NAME + " 管理中心</title>\n"
                + "<link rel=\"stylesheet\" href=\"static/image/admincp/admincp.css\" />\n"
                + "<script type=\"text/JavaScript\">var admincpfilename = 'admin.php', "
                + "IMGDIR = 'static/image/common/', STYLEID = '1', IN_ADMINCP = true, cookiepre = '" + visit.site().cookiePrefix()
                + "', SITEURL = '" + visit.siteUrl() + "';</script>\n"
                + "<script src=\"static/js/common.js\" type=\"text/javascript\"></script>\n"
                + "<script src=\"static/js/admincp_common.js\" type=\"text/javascript\"></script>\n</head>\n<body>\n";
    }
}
