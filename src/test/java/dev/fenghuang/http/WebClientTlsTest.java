package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A self-signed https site: refused unless its profile trusts the certificate; never left for plain http. */
class WebClientTlsTest {
    @TempDir
    static Path dir;
    private static SelfSignedSite site;
    private static RawServer plain;
    private static final List<String> cookiesSent = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        plain = RawServer.start(out -> RawServer.write(out,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nplain"));
        site = SelfSignedSite.start(dir, WebClientTlsTest::handle);
    }

    @AfterAll
    static void stop() throws IOException {
        site.close();
        plain.close();
    }

    private static void handle(HttpExchange ex) throws IOException {
        String cookie = ex.getRequestHeaders().getFirst("Cookie");
        cookiesSent.add(cookie == null ? "" : cookie);
        switch (ex.getRequestURI().getPath()) {
            // as Discuz's dsetcookie() marks every cookie on port 443
            case "/sign-in" -> ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_auth=signed; path=/; secure");
            case "/down" -> ex.getResponseHeaders().add("Location", plain.url("/login").toString());
            case "/up" -> ex.getResponseHeaders().add("Location", site.url("/page").toString());
            default -> { }
        }
        byte[] body = "<p>安全</p>".getBytes(StandardCharsets.UTF_8);
        boolean moved = ex.getResponseHeaders().containsKey("Location");
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(moved ? 302 : 200, moved ? -1 : body.length);
        try (OutputStream os = ex.getResponseBody()) {
            if (!moved) {
                os.write(body);
            }
        }
    }

    private static WebClient trusting(List<Path> pem) {
        return new WebClient(HttpSettings.defaults().withTrustedCertificates(pem));
    }

    @Test
    void aSelfSignedSiteIsRefusedWithAMessageSayingHowToTrustIt() throws Exception {
        try (WebClient c = trusting(List.of())) {
            assertThatThrownBy(() -> c.get(site.url("/page")))
                    .isInstanceOf(UntrustedCertificate.class)
                    .hasMessageContaining("certificate not trusted for 127.0.0.1")
                    .hasMessageContaining("tls.trust");
        }
    }

    @Test
    void aSelfSignedSiteIsReadWhenItsProfileTrustsTheCertificate() throws Exception {
        try (WebClient c = trusting(List.of(site.certificatePem()))) {
            assertThat(c.get(site.url("/page")).text()).isEqualTo("<p>安全</p>");
            assertThat(c.get(site.url("/up")).url()).isEqualTo(site.url("/page"));
        }
    }

    /** A cookie the site marks Secure goes back to it over https (the sign-in of an https site). */
    @Test
    void aSecureCookieGoesBackOverHttps() throws Exception {
        try (WebClient c = trusting(List.of(site.certificatePem()))) {
            c.get(site.url("/sign-in"));
            cookiesSent.clear();
            c.get(site.url("/page"));
            assertThat(cookiesSent).containsExactly("Ab3x_2132_auth=signed");
        }
    }

    @Test
    void aRedirectFromHttpsToPlainHttpIsNotFollowed() throws Exception {
        try (WebClient c = trusting(List.of(site.certificatePem()))) {
            assertThatThrownBy(() -> c.get(site.url("/down")))
                    .isInstanceOf(RedirectRefused.class)
                    .hasMessageContaining("from https to plain http")
                    .satisfies(e -> assertThat(((RedirectRefused) e).reason())
                            .isEqualTo(RedirectRefused.Reason.DOWNGRADE));
        }
    }
}
