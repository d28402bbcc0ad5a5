package dev.fenghuang.demo;

import java.nio.charset.Charset;

/**
 * Turns a normal answer into the broken one a {@link Fault} asks for. SLOW, RESET, DROP_AFTER_WRITE and
 * STALL_AFTER_WRITE act on the connection instead.
 */
final class FaultInjector {
    private static final Charset GBK = Charset.forName("GBK");

    private FaultInjector() {
    }

    static PageResponse apply(Fault fault, PageResponse normal, Visit visit) {
        return switch (fault) {
            case SERVER_ERROR -> PageResponse.bytes(500, "text/html; charset=utf-8",
                    ("<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1>"
                            + "<p>The server encountered an internal error.</p></body></html>\n").getBytes(GBK));
            case NOT_DISCUZ -> PageResponse.html(200, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\""
                    + visit.site().charsetLabel() + "\" />\n<title>Welcome to nginx!</title>\n</head>\n<body>\n"
                    + "<h1>Welcome to nginx!</h1>\n<p>If you see this page, the web server is successfully installed "
                    + "and working.</p>\n<p><a href=\"http://nginx.org/\">nginx.org</a></p>\n</body>\n</html>\n");
            case TRUNCATED -> normal.isHtml() ? truncated(normal, visit) : normal;
            case MALFORMED -> normal.isHtml() ? malformed(normal) : normal;
            case UNDECLARED_CHARSET -> normal.isHtml() ? undeclared(normal, visit) : normal;
            case SLOW, RESET, DROP_AFTER_WRITE, STALL_AFTER_WRITE -> normal;
        };
    }

    /** Cut in the middle of the article body when there is one, else in the middle of the page. */
    private static PageResponse truncated(PageResponse normal, Visit visit) {
        String html = normal.html();
        int body = html.indexOf("id=\"article_content\"");
        int end = body < 0 ? -1 : html.indexOf("</td>", body);
        int cut = body < 0 || end < 0 ? html.length() / 2 : body + (end - body) / 2;
        return copyHeaders(normal, PageResponse.bytes(normal.status(),
                "text/html; charset=" + visit.site().charsetLabel(), html.substring(0, cut).getBytes(visit.site().charset())));
    }

    private static PageResponse malformed(PageResponse normal) {
        String html = normal.html().replace("</div>\n</div>", "</div>").replace("</dl>", "").replace("</p>", "<p");
        int middle = html.length() / 2;
        String garbage = "<div class=\"x <td>< /a></span \u0001\u0002\u00ff\ufffd]]> <<<<script>broken";
        return html(normal, html.substring(0, middle) + garbage + html.substring(middle));
    }

    /** The page's GBK bytes with every charset declaration removed. */
    private static PageResponse undeclared(PageResponse normal, Visit visit) {
        String html = normal.html()
                .replace("<meta charset=\"" + visit.site().charsetLabel() + "\" />\n", "")
                .replace("charset = '" + visit.site().charsetLabel() + "', ", "");
        return copyHeaders(normal, PageResponse.bytes(normal.status(), "text/html", html.getBytes(GBK)));
    }

    private static PageResponse html(PageResponse normal, String html) {
        return copyHeaders(normal, PageResponse.html(normal.status(), html));
    }

    private static PageResponse copyHeaders(PageResponse from, PageResponse to) {
        PageResponse result = to;
        for (var header : from.headers()) {
            result = result.withHeader(header.getKey(), header.getValue());
        }
        return result;
    }
}
