package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site on one port redirects to another port of the same host: the site's cookies never go there, and a
 * connection confined to the site's origin does not follow the redirect at all.
 */
class CrossOriginRedirectTest {
    @TempDir
    Path dir;
    private HttpServer site;
    private HttpServer other;
    private URI siteBase;
    private URI otherBase;
    /** The Cookie header of each request the other port received ("" for none). */
    private final List<String> otherCookies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        other = server(this::other);
        otherBase = URI.create("http://127.0.0.1:" + other.getAddress().getPort() + "/");
        site = server(this::site);
        siteBase = URI.create("http://127.0.0.1:" + site.getAddress().getPort() + "/");
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", handler);
        s.start();
        return s;
    }

    @AfterEach
    void stop() {
        site.stop(0);
        other.stop(0);
    }

    private void site(HttpExchange ex) throws IOException {
        switch (ex.getRequestURI().getPath()) {
            case "/login" -> ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_auth=session-token; path=/");
            case "/away" -> {
                ex.getResponseHeaders().add("Location", otherBase.resolve("landing").toString());
                ex.sendResponseHeaders(302, -1);
                ex.close();
                return;
            }
            default -> { }
        }
        ok(ex);
    }

    private void other(HttpExchange ex) throws IOException {
        String cookie = ex.getRequestHeaders().getFirst("Cookie");
        otherCookies.add(cookie == null ? "" : cookie);
        ok(ex);
    }

    private static void ok(HttpExchange ex) throws IOException {
        byte[] body = "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Test
    void anAnonymousReadFollowsTheRedirectButSendsTheSitesCookiesOnlyToItsPort() throws Exception {
        try (WebClient c = new WebClient(HttpSettings.defaults())) {
            c.get(siteBase.resolve("login"));
            WebPage page = c.get(siteBase.resolve("away"));
            assertThat(page.url()).isEqualTo(otherBase.resolve("landing"));
        }
        assertThat(otherCookies).containsExactly("");
    }

    @Test
    void cookiesKeptInAFileStayWithThePortThatSetThem() throws Exception {
        Path jar = dir.resolve("reader.cookies");
        try (WebClient c = new WebClient(HttpSettings.defaults(), CookieFile.open(jar))) {
            c.get(siteBase.resolve("login"));
        }
        try (WebClient c = new WebClient(HttpSettings.defaults(), CookieFile.open(jar))) {
            c.get(siteBase.resolve("away"));
        }
        assertThat(otherCookies).containsExactly("");
    }

    @Test
    void aConfinedConnectionRefusesTheRedirectBeforeFollowingIt() throws Exception {
        try (WebClient c = new WebClient(HttpSettings.defaults())) {
            c.get(siteBase.resolve("login"));
            SiteConnection confined = c.confinedToOrigin();
            assertThatThrownBy(() -> confined.get(siteBase.resolve("away"), null, false))
                    .isInstanceOfSatisfying(RedirectRefused.class, e -> {
                        assertThat(e.reason()).isEqualTo(RedirectRefused.Reason.FOREIGN);
                        assertThat(e.location()).isEqualTo("http://127.0.0.1:" + other.getAddress().getPort());
                    });
            assertThatThrownBy(() -> confined.bytes(siteBase.resolve("away"), null))
                    .isInstanceOf(RedirectRefused.class);
            assertThat(confined.get(siteBase.resolve("login")).status()).isEqualTo(200);
        }
        assertThat(otherCookies).isEmpty();
    }
}
