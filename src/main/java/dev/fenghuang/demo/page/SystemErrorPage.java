package dev.fenghuang.demo.page;

import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.Visit;
import java.util.HexFormat;
import java.util.Random;

/** The System Error page of 1.5: HTTP 503 with {@code Retry-After}, for a wrong formhash or a tainted GET. */
public final class SystemErrorPage {
    static final String TAINTED = "您当前的访问请求当中含有非法字符，已经被系统拒绝";

    private SystemErrorPage() {
    }

    public static PageResponse render(Visit visit) {
        String host = visit.request().host();
        byte[] trace = new byte[16];
        new Random().nextBytes(trace);
        String html = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"" + visit.site().charsetLabel() + "\" />\n"
                + "<title>" + host + " - System Error</title>\n"
                + "<style type=\"text/css\">body { background-color: white; color: black; font: 9pt/11pt verdana, "
                + "arial, sans-serif;}</style>\n</head>\n<body>\n<div id=\"container\">\n"
                + "<h1>Discuz! System Error</h1>\n<p>Time: " + PrintedTime.dateTime(visit.site().now())
                + " IP: 127.0.0.1 BackTraceID: " + HexFormat.of().formatHex(trace) + "</p>\n"
                + "<div class='info'><li>" + TAINTED + "</li></div>\n\n"
                + "<div class=\"info\"><p><strong>PHP Debug</strong></p><table cellpadding=\"5\" cellspacing=\"1\" "
                + "width=\"100%\" class=\"table\"><tr class=\"bg1\"><td>No.</td><td>File</td><td>Line</td>"
                + "<td>Code</td></tr><tr class=\"bg2\"><td>1</td><td>portal.php</td><td>19</td>"
                + "<td>discuz_application-&gt;init()</td></tr></table></div>"
                + "<div class=\"help\"><p>您可以联系站点管理员处理此问题。</p></div>\n</div>\n</body>\n</html>\n";
        return PageResponse.html(503, html).withHeader("Retry-After", "3600");
    }
}
