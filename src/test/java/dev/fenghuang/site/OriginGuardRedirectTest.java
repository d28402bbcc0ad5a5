package dev.fenghuang.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.fenghuang.http.HttpSettings;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebClient;
import dev.fenghuang.model.ForeignSite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarded (signed-in) connection over a real client: a page or an image whose redirect leads to another port
 * of the site's host is refused before the redirect is followed, so that port receives nothing, no cookie.
 */
class OriginGuardRedirectTest {
    private HttpServer site;
    private HttpServer other;
    private URI siteBase;
    private URI otherBase;
    private final List<String> otherRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        other = server(ex -> {
            String cookie = ex.getRequestHeaders().getFirst("Cookie");
            otherRequests.add(ex.getRequestURI().getPath() + " cookie=" + cookie);
            ok(ex);
        });
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
        String path = ex.getRequestURI().getPath();
        if (path.startsWith("/away")) {
            ex.getResponseHeaders().add("Location", otherBase.resolve(path.substring(1)).toString());
            ex.sendResponseHeaders(302, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_auth=session-token; path=/");
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
    void aRedirectToAnotherPortIsRefusedBeforeItIsFollowed() throws Exception {
        try (WebClient client = new WebClient(HttpSettings.defaults())) {
            SiteConnection guarded = OriginGuard.around(siteBase, client);
            guarded.get(siteBase.resolve("member.php"));
            String otherOrigin = "127.0.0.1:" + other.getAddress().getPort();
            assertThatThrownBy(() -> guarded.get(siteBase.resolve("away/page"), siteBase, false))
                    .isInstanceOf(ForeignSite.class).hasMessageContaining(otherOrigin);
            assertThatThrownBy(() -> guarded.bytes(siteBase.resolve("away/captcha.png"), siteBase))
                    .isInstanceOf(ForeignSite.class).hasMessageContaining(otherOrigin);
            assertThat(guarded.get(siteBase.resolve("forum.php")).status()).isEqualTo(200);
        }
        assertThat(otherRequests).isEmpty();
    }
}
