package dev.fenghuang.demo;

import dev.fenghuang.demo.http.Cookies;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.ResponseWriter;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.AttachmentImage;
import dev.fenghuang.demo.page.SystemErrorPage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns a normal answer into the broken one a {@link Fault} asks for. Some faults answer in place of the site
 * ({@link #instead}: nothing is routed, so nothing is stored), the others change the site's answer ({@link #apply});
 * the faults on the connection and on the body's delivery are the handler's and the {@link ResponseWriter}'s.
 */
final class FaultInjector {
    private static final Charset GBK = Charset.forName("GBK");
    static final int FLOOD_COOKIES = 1000;
    static final int FLOOD_VALUE_CHARS = 3000;

    private FaultInjector() {
    }

    /** The answer that replaces the site's, before any module runs; null when no active fault does. */
    static PageResponse instead(Set<Fault> active, Visit visit) {
        for (Fault fault : active) {
            PageResponse answer = switch (fault) {
                case BAD_GATEWAY -> nginx(502, "Bad Gateway");
                case SERVICE_UNAVAILABLE -> nginx(503, "Service Temporarily Unavailable");
                case SYSTEM_ERROR -> SystemErrorPage.render(visit);
                case NOT_DISCUZ -> notDiscuz(visit);
                case REDIRECT_LOOP -> PageResponse.redirect(302, here(visit, visit.request().host()));
                case REDIRECT_OFF_SITE -> PageResponse.redirect(302, here(visit, "localhost" + port(visit)));
                default -> null;
            };
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    /**
     * The site's answer changed by one fault. SERVER_ERROR replaces it after the module ran: a write is stored, as
     * when PHP dies after the database call.
     */
    static PageResponse apply(Fault fault, PageResponse normal, Visit visit) {
        return switch (fault) {
            case SERVER_ERROR -> keep(normal, PageResponse.bytes(500, "text/html; charset=utf-8",
                    ("<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1>"
                            + "<p>The server encountered an internal error.</p></body></html>\n").getBytes(GBK)),
                    false);
            case TRUNCATED -> normal.isHtml() ? truncated(normal, visit) : normal;
            case MALFORMED -> normal.isHtml() ? malformed(normal) : normal;
            case UNDECLARED_CHARSET -> normal.isHtml() ? undeclared(normal, visit) : normal;
            case WRONG_CHARSET -> normal.isHtml() ? wrongCharset(normal, visit) : normal;
            case COOKIE_FLOOD -> flood(normal, visit);
            case HOSTILE_IMAGE -> normal.isImage() ? AttachmentImage.hostile() : normal;
            default -> normal;
        };
    }

    private static PageResponse nginx(int status, String reason) {
        String html = "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return PageResponse.bytes(status, "text/html", html.getBytes(StandardCharsets.US_ASCII));
    }

    private static PageResponse notDiscuz(Visit visit) {
        return PageResponse.html(200, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\""
                + visit.site().charsetLabel() + "\" />\n<title>Welcome to nginx!</title>\n</head>\n<body>\n"
                + "<h1>Welcome to nginx!</h1>\n<p>If you see this page, the web server is successfully installed "
                + "and working.</p>\n<p><a href=\"http://nginx.org/\">nginx.org</a></p>\n</body>\n</html>\n");
    }

    /** This request's URL on another authority. */
    private static String here(Visit visit, String authority) {
        PageRequest r = visit.request();
        return visit.site().scheme() + "://" + authority + r.path() + (r.rawQuery().isEmpty() ? "" : "?" + r.rawQuery());
    }

    private static String port(Visit visit) {
        String authority = visit.site().canonicalAuthority();
        return authority.substring(authority.lastIndexOf(':'));
    }

    /** Cut in the middle of the article body when there is one, else in the middle of the page. */
    private static PageResponse truncated(PageResponse normal, Visit visit) {
        String html = normal.html();
        int body = html.indexOf("id=\"article_content\"");
        int end = body < 0 ? -1 : html.indexOf("</td>", body);
        int cut = body < 0 || end < 0 ? html.length() / 2 : body + (end - body) / 2;
        return keep(normal, PageResponse.bytes(normal.status(), "text/html; charset=" + visit.site().charsetLabel(),
                html.substring(0, cut).getBytes(visit.site().charset())), true);
    }

    private static PageResponse malformed(PageResponse normal) {
        String html = normal.html().replace("</div>\n</div>", "</div>").replace("</dl>", "").replace("</p>", "<p");
        int middle = html.length() / 2;
        String garbage = "<div class=\"x <td>< /a></span \u0001\u0002\u00ff\ufffd]]> <<<<script>broken";
        return keep(normal, PageResponse.html(normal.status(), html.substring(0, middle) + garbage
                + html.substring(middle)), true);
    }

    /** The page's GBK bytes with every charset declaration removed. */
    private static PageResponse undeclared(PageResponse normal, Visit visit) {
        String html = normal.html()
                .replace("<meta charset=\"" + visit.site().charsetLabel() + "\" />\n", "")
                .replace("charset = '" + visit.site().charsetLabel() + "', ", "");
        return keep(normal, PageResponse.bytes(normal.status(), "text/html", html.getBytes(GBK)), true);
    }

    /** The page's bytes in the site charset, every declaration naming the other charset. */
    private static PageResponse wrongCharset(PageResponse normal, Visit visit) {
        String label = visit.site().charsetLabel();
        String other = label.equals("utf-8") ? "gbk" : "utf-8";
        String html = normal.html()
                .replace("<meta charset=\"" + label + "\" />", "<meta charset=\"" + other + "\" />")
                .replace("charset = '" + label + "'", "charset = '" + other + "'");
        return keep(normal, PageResponse.bytes(normal.status(), "text/html; charset=" + other,
                html.getBytes(visit.site().charset())), true);
    }

    private static PageResponse flood(PageResponse normal, Visit visit) {
        PageResponse result = normal;
        String value = "f".repeat(FLOOD_VALUE_CHARS);
        for (int i = 0; i < FLOOD_COOKIES; i++) {
            result = result.withHeader("Set-Cookie", Cookies.set(visit.site().cookiePrefix() + "flood" + i, value,
                    Cookies.ONE_DAY, false, visit.site().now()));
        }
        return result;
    }

    /** The new answer, with the normal one's headers when asked, and its stored mark either way. */
    private static PageResponse keep(PageResponse from, PageResponse to, boolean headers) {
        PageResponse result = to;
        if (headers) {
            for (var header : from.headers()) {
                result = result.withHeader(header.getKey(), header.getValue());
            }
        }
        return from.stored() ? result.asStored() : result;
    }
}
