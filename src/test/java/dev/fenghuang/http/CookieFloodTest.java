package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that answers with a thousand large cookies: bounded time, memory and writes; the session survives. */
class CookieFloodTest {
    static final int FLOOD = 1000;
    static final String BIG_VALUE = "v".repeat(4000);

    @TempDir
    Path dir;
    private LoopbackSite server;
    private URI base;
    private final List<String> cookieHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = LoopbackSite.start(this::handle);
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        String cookie = ex.getRequestHeaders().getFirst("Cookie");
        cookieHeaders.add(cookie == null ? "" : cookie);
        switch (ex.getRequestURI().getPath()) {
            case "/login" -> {
                ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_saltkey=abcdefgh; path=/; HttpOnly");
                ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_auth=signed-in-token; path=/; HttpOnly");
            }
            case "/flood" -> {
                for (int i = 0; i < FLOOD; i++) {
                    ex.getResponseHeaders().add("Set-Cookie", "flood" + i + "=" + BIG_VALUE + "; path=/");
                }
            }
            case "/first-site-before", "/first-site-after" -> {
                boolean before = ex.getRequestURI().getPath().endsWith("before");
                if (before) {
                    siteCookies(ex);
                }
                for (int i = 0; i < FLOOD; i++) {
                    ex.getResponseHeaders().add("Set-Cookie", "flood" + i + "=" + "w".repeat(3000) + "; path=/");
                }
                if (!before) {
                    siteCookies(ex);
                }
            }
            case "/huge" -> ex.getResponseHeaders().add("Set-Cookie", "huge=" + "h".repeat(5000) + "; path=/");
            default -> { }
        }
        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Test
    void aFloodOfCookiesIsCappedWrittenOnceAndLeavesTheSessionWorking() throws Exception {
        CookieFile jar = CookieFile.open(dir.resolve("reader.cookies"));
        try (WebClient c = new WebClient(HttpSettings.defaults(), jar)) {
            c.get(base.resolve("login"));
            c.get(base.resolve("page"));
            int writesBefore = jar.writes();
            long started = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> c.get(base.resolve("flood")));
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertThat(jar.writes() - writesBefore).isEqualTo(1);
            c.get(base.resolve("page"));
            String sent = cookieHeaders.get(cookieHeaders.size() - 1);
            assertThat(sent).contains("Ab3x_2132_auth=signed-in-token").contains("Ab3x_2132_saltkey=abcdefgh")
                    .contains("flood" + (FLOOD - 1) + "=");
            assertThat(sent.length()).isLessThan(8 * 1024);
            assertThat(c.cookieEndingWith("_auth")).contains("signed-in-token");
            System.out.printf("cookie flood: %d cookies of %d bytes in %d ms, jar written %d time(s), %d bytes%n",
                    FLOOD, BIG_VALUE.length(), ms, jar.writes() - writesBefore,
                    java.nio.file.Files.size(jar.file()));
        }
    }

    private static void siteCookies(HttpExchange ex) {
        ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_saltkey=abcdefgh; path=/; HttpOnly");
        ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_lastvisit=1733450000; path=/");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"first-site-before", "first-site-after"})
    void aFloodInTheFirstAnswerKeepsTheSitesSmallCookies(String path) throws Exception {
        try (WebClient c = new WebClient(HttpSettings.defaults())) {
            c.get(base.resolve(path));
            c.get(base.resolve("page"));
            String sent = cookieHeaders.get(cookieHeaders.size() - 1);
            assertThat(sent).contains("Ab3x_2132_saltkey=abcdefgh").contains("Ab3x_2132_lastvisit=1733450000");
            assertThat(sent.length()).isLessThan(8 * 1024);
        }
    }

    @Test
    void aCookieOverFourKilobytesIsRefused() throws Exception {
        try (WebClient c = new WebClient(HttpSettings.defaults())) {
            c.get(base.resolve("huge"));
            assertThat(c.cookies().getCookies()).isEmpty();
        }
    }

    @Test
    void theOldestCookiesOfAFloodGoFirst() throws Exception {
        try (WebClient c = new WebClient(HttpSettings.defaults())) {
            c.get(base.resolve("flood"));
            assertThat(c.cookies().getCookies()).extracting(k -> k.getName())
                    .containsExactly("flood" + (FLOOD - 1));
        }
    }

    @Test
    void aDomainKeepsAtMostFiftyCookies() {
        BoundedCookieStore store = new BoundedCookieStore();
        for (int i = 0; i < 80; i++) {
            org.apache.hc.client5.http.impl.cookie.BasicClientCookie c =
                    new org.apache.hc.client5.http.impl.cookie.BasicClientCookie("k" + i, "v");
            c.setDomain("bbs.example.com");
            c.setPath("/");
            store.addCookie(c);
        }
        assertThat(store.count("bbs.example.com")).isEqualTo(BoundedCookieStore.MAX_PER_DOMAIN);
        assertThat(store.getCookies()).extracting(k -> k.getName()).contains("k79").doesNotContain("k0", "k29");
    }
}
