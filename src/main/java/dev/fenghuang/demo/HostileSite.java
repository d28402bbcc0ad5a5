package dev.fenghuang.demo;

import dev.fenghuang.demo.http.MessageTexts;
import dev.fenghuang.demo.store.ArticlePage;
import dev.fenghuang.demo.store.PortalArticle;
import dev.fenghuang.demo.store.PortalCategory;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import dev.fenghuang.demo.store.SiteMember;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The hostile-content mode ({@code demo-portal --hostile}): the same site, with terminal escape sequences (CSI, OSC
 * 52, 8 and 0, DCS, their 8-bit forms), C0 and C1 controls, and zero-width and bidirectional format characters in
 * every text the site controls: category names, titles, page titles, summaries, bodies, link and image URLs and
 * texts, the 来自 source and its URL, 原作者, member names, comments, every {@code showmessage} text, a
 * {@code Content-Type} header ({@link #HEADER_AID}) and a redirect's {@code Location} ({@link #REDIRECT_AID}).
 * A client must show all of it without letting one of those characters reach a terminal.
 */
public final class HostileSite {
    /** {@code portal.php?mod=view&aid=HEADER_AID} answers 200 with a non-HTML content type that carries the corpus. */
    public static final int HEADER_AID = 900;
    /** {@code portal.php?mod=view&aid=REDIRECT_AID} answers 302 with a {@code Location} that carries the corpus. */
    public static final int REDIRECT_AID = 901;

    /** Every kind of hostile character, each in the form a terminal would act on. */
    public static final List<String> CORPUS = List.of(
            "\u001B]52;c;ZWNobyBvd25lZA==\u0007",
            "\u001B]8;;http://evil.example/\u001B\\",
            "\u001B]0;owned\u0007",
            "\u001BP+q544e\u001B\\",
            "\u001B[2J\u001B[1;31m",
            "\u009B31m",
            "\u009D0;c1\u009C",
            "\u0001\u0007\b\u000B\u000C\r\u007F\u0085\u008D",
            "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF");

    /** The corpus as one string, appended to every text. */
    public static final String TEXT = String.join("", CORPUS);

    /** The corpus as numeric character references, which the client's HTML parser turns back into characters. */
    static final String REFERENCES = "&#x1b;]52;c;SGk=&#x7;&#27;[31m&#x202e;&#x200b;&#x2066;";

    /** What a header value can carry, one byte a character: the corpus without line breaks and without what is above U+00FF. */
    public static final String HEADER_TEXT = TEXT.chars().filter(c -> c <= 0xFF && c != '\r' && c != '\n')
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    private static final Set<String> SUCCESS = Set.of(MessageTexts.DO_SUCCESS, MessageTexts.CLICK_SUCCESS, MessageTexts.FAVORITE_SUCCESS);

    private HostileSite() {
    }

    /** The content with the corpus in every text and URL of it. */
    static PortalContent content(PortalContent plain) {
        List<PortalCategory> categories = plain.categories().stream()
                .map(c -> new PortalCategory(c.catid(), c.name() + TEXT, c.parentId(), c.closed())).toList();
        List<PortalArticle> articles = plain.articles().stream().map(HostileSite::article).toList();
        List<PortalComment> comments = plain.allComments().stream()
                .map(c -> new PortalComment(c.cid(), c.aid(), member(c.author()), c.dateline(), c.html() + TEXT,
                        c.status(), c.message() + TEXT))
                .toList();
        return new PortalContent(categories, articles, comments);
    }

    /**
     * The wording every {@code showmessage} answer gets: the site's text with the corpus after it. The plain success
     * texts (操作成功, 表态成功, 信息收藏成功) stay as they are, because clients tell a write that went through by them.
     */
    static UnaryOperator<String> messages() {
        return text -> SUCCESS.contains(text) ? text : text + TEXT;
    }

    /** The site's handler with the two hostile answers of {@link #HEADER_AID} and {@link #REDIRECT_AID} in front. */
    static HttpHandler around(HttpHandler site) {
        return exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.contains("aid=" + HEADER_AID)) {
                answer(exchange, 200, "Content-Type", "text/x-hostile" + HEADER_TEXT);
            } else if (query != null && query.contains("aid=" + REDIRECT_AID)) {
                answer(exchange, 302, "Location", "portal.php?mod=view&aid=1" + HEADER_TEXT);
            } else {
                site.handle(exchange);
            }
        };
    }

    private static void answer(HttpExchange exchange, int status, String header, String value) throws IOException {
        try (exchange) {
            byte[] body = ("hostile " + HEADER_TEXT).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set(header, value);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static PortalArticle article(PortalArticle a) {
        List<ArticlePage> pages = a.pages().stream()
                .map(p -> new ArticlePage(p.title().isEmpty() ? "" : p.title() + TEXT, p.html() + body()))
                .toList();
        return new PortalArticle(a.aid(), a.catid(), a.title() + TEXT, member(a.publisher()),
                a.originalAuthor() + "原作者" + TEXT, a.source() + "来源" + TEXT,
                "http://www.qxxww.com/" + TEXT, a.dateline(), a.summary() + TEXT, pages, a.reactions(),
                a.commentsAllowed(), a.thumbnail().isEmpty() ? "" : a.thumbnail() + TEXT, a.initialViews());
    }

    private static SiteMember member(SiteMember m) {
        return m.guest() ? m : new SiteMember(m.uid(), m.name() + TEXT);
    }

    /** A paragraph with the corpus as text, in a link's URL and text, and in an image's URL and alt text. */
    private static String body() {
        return "\n<p>正文" + TEXT + REFERENCES + "<a href=\"http://evil.example/" + TEXT + REFERENCES
                + "\" target=\"_blank\">链接" + TEXT + "</a></p>\n<p><img src=\"data/attachment/portal/evil.jpg"
                + TEXT + REFERENCES + "\" alt=\"图" + TEXT + REFERENCES + "\" border=\"0\" /></p>";
    }
}
