package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebClientTest {
    private static final Charset GBK = Charset.forName("GBK");
    private LoopbackSite server;
    private URI base;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final List<String> cookiesSent = new CopyOnWriteArrayList<>();
    private final List<Integer> remotePorts = new CopyOnWriteArrayList<>();
    private final List<String> acceptEncodings = new CopyOnWriteArrayList<>();
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final List<String> referers = new CopyOnWriteArrayList<>();
    private final List<String> ajax = new CopyOnWriteArrayList<>();

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
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        hosts.add(ex.getRequestHeaders().getFirst("Host"));
        String cookie = ex.getRequestHeaders().getFirst("Cookie");
        cookiesSent.add(cookie == null ? "" : cookie);
        remotePorts.add(ex.getRemoteAddress().getPort());
        acceptEncodings.add(String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")));
        referers.add(String.valueOf(ex.getRequestHeaders().getFirst("Referer")));
        ajax.add(String.valueOf(ex.getRequestHeaders().getFirst("X-Requested-With")));
        String path = ex.getRequestURI().getPath();
        switch (path) {
            case "/gbk" -> send(ex, 200, "text/html; charset=gbk", "<p>渠县 凤凰山下</p>".getBytes(GBK), false);
            case "/gzip" -> send(ex, 200, "text/html; charset=utf-8",
                    "<p>压缩的页面</p>".repeat(200).getBytes(StandardCharsets.UTF_8), true);
            case "/cookie" -> {
                ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_saltkey=abcdefgh; path=/; HttpOnly");
                send(ex, 200, "text/html; charset=utf-8", "ok".getBytes(StandardCharsets.UTF_8), false);
            }
            case "/deflate" -> {
                java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
                try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(packed)) {
                    z.write("<p>压缩的页面</p>".repeat(200).getBytes(StandardCharsets.UTF_8));
                }
                ex.getResponseHeaders().add("Content-Encoding", "deflate");
                send(ex, 200, "text/html; charset=utf-8", packed.toByteArray(), false);
            }
            case "/unknown-coding" -> {
                ex.getResponseHeaders().add("Content-Encoding", "identity, x-unheard-of");
                send(ex, 200, "text/html; charset=utf-8", "as sent".getBytes(StandardCharsets.UTF_8), false);
            }
            case "/sign-in" -> {
                ex.getResponseHeaders().add("Set-Cookie", "Ab3x_2132_auth=signed; path=/; HttpOnly");
                ex.getResponseHeaders().add("Location", "/after-sign-in");
                send(ex, 302, "text/html; charset=utf-8", "<p>redirecting</p>".getBytes(StandardCharsets.UTF_8),
                        false);
            }
            case "/moved" -> {
                ex.getResponseHeaders().add("Location", base + "gbk");
                send(ex, 301, "text/html; charset=utf-8", new byte[0], false);
            }
            case "/loop-a", "/loop-b" -> {
                ex.getResponseHeaders().add("Location", path.equals("/loop-a") ? "/loop-b?formhash=f00dcafe" : "/loop-a");
                send(ex, 302, "text/html; charset=utf-8", new byte[0], false);
            }
            case "/missing" -> send(ex, 404, "text/html; charset=utf-8",
                    "<p>抱歉，您指定要查看的文章不存在或正在审核</p>".getBytes(StandardCharsets.UTF_8), false);
            case "/post" -> {
                byte[] body = ex.getRequestBody().readAllBytes();
                ex.getResponseHeaders().add("Location", "portal.php?mod=view&aid=1#comment");
                posted.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Content-Type") + " "
                        + ex.getRequestHeaders().getFirst("Referer") + " " + new String(body, StandardCharsets.US_ASCII));
                send(ex, 301, "text/html; charset=gbk", new byte[0], false);
            }
            case "/slow" -> {
                sleep(1500);
                send(ex, 200, "text/html", "late".getBytes(StandardCharsets.UTF_8), false);
            }
            default -> send(ex, 200, "text/html; charset=utf-8", "hello".getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean gzip) throws IOException {
        byte[] out = body;
        if (gzip && String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip")) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(buf)) {
                z.write(body);
            }
            out = buf.toByteArray();
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    private WebClient client() {
        return new WebClient(HttpSettings.defaults());
    }

    @Test
    void sendsADesktopUserAgentSoDiscuzServesItsPcTemplate() throws Exception {
        try (WebClient c = client()) {
            c.get(base.resolve("plain"));
        }
        assertThat(userAgents.get(0)).startsWith("Mozilla/5.0 (Windows NT").doesNotContainIgnoringCase("java")
                .doesNotContainIgnoringCase("mobile");
    }

    /** The client is built at the first request; one closed before or after it sends nothing more. */
    @Test
    void aClosedClientRefusesRequestsWhetherItSentOneOrNot() throws Exception {
        WebClient unused = client();
        unused.close();
        assertThatThrownBy(() -> unused.get(base.resolve("plain"))).isInstanceOf(RuntimeException.class);
        WebClient used = client();
        used.get(base.resolve("plain"));
        used.close();
        assertThatThrownBy(() -> used.get(base.resolve("plain"))).isInstanceOf(RuntimeException.class);
        assertThat(userAgents).hasSize(1);
    }

    /**
     * Prepared ahead, the client is built then and sends as one built at its first request; a closed client or one
     * refusing requests ({@code --offline}) builds nothing and throws nothing.
     */
    @Test
    void aClientPreparedAheadIsBuiltThenAndSendsAsBefore() throws Exception {
        try (WebClient c = client()) {
            assertThat(built(c)).isFalse();
            c.prepare();
            assertThat(built(c)).isTrue();
            c.prepare();
            assertThat(c.get(base.resolve("plain")).status()).isEqualTo(200);
        }
        WebClient offline = client();
        offline.refuseRequests();
        offline.prepare();
        assertThat(built(offline)).isFalse();
        offline.close();
        WebClient closed = client();
        closed.close();
        closed.prepare();
        assertThat(built(closed)).isFalse();
        assertThat(userAgents).hasSize(1);
    }

    private static boolean built(WebClient c) throws ReflectiveOperationException {
        java.lang.reflect.Field client = WebClient.class.getDeclaredField("protocol");
        client.setAccessible(true);
        synchronized (c) {
            return client.get(c) != null;
        }
    }

    @Test
    void sendsTheHostWithItsPort() throws Exception {
        try (WebClient c = client()) {
            c.get(base.resolve("plain"));
        }
        assertThat(hosts.get(0)).isEqualTo("127.0.0.1:" + server.port());
    }

    @Test
    void decodesAGbkPage() throws Exception {
        try (WebClient c = client()) {
            WebPage page = c.get(base.resolve("gbk"));
            assertThat(page.text()).isEqualTo("<p>渠县 凤凰山下</p>");
            assertThat(page.contentType()).isEqualTo("text/html");
        }
    }

    @Test
    void unpacksGzip() throws Exception {
        try (WebClient c = client()) {
            assertThat(c.get(base.resolve("gzip")).text()).startsWith("<p>压缩的页面</p>").hasSize(12 * 200);
        }
        assertThat(acceptEncodings.get(0)).contains("gzip");
    }

    /** Deflate unpacks as gzip does; a coding the client does not know is handed on as it came. */
    @Test
    void unpacksDeflateAndLeavesAnUnknownCodingAsItCame() throws Exception {
        try (WebClient c = client()) {
            assertThat(c.get(base.resolve("deflate")).text()).startsWith("<p>压缩的页面</p>").hasSize(12 * 200);
            assertThat(c.get(base.resolve("unknown-coding")).text()).isEqualTo("as sent");
        }
        assertThat(acceptEncodings.get(0)).contains("deflate");
    }

    @Test
    void keepsCookiesAndSendsThemBack() throws Exception {
        try (WebClient c = client()) {
            c.get(base.resolve("cookie"));
            c.get(base.resolve("plain"));
            assertThat(c.cookies().getCookies()).extracting(cookie -> cookie.getName()).contains("Ab3x_2132_saltkey");
        }
        assertThat(cookiesSent.get(1)).contains("Ab3x_2132_saltkey=abcdefgh");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws Exception {
        try (WebClient c = client()) {
            WebPage page = c.get(base.resolve("moved"));
            assertThat(page.url()).isEqualTo(base.resolve("gbk"));
            assertThat(page.requested()).isEqualTo(base.resolve("moved"));
            assertThat(page.text()).contains("渠县");
        }
    }

    /** A cookie set by a redirect's answer goes with the request the redirect leads to, as a browser sends it. */
    @Test
    void aCookieSetByARedirectGoesWithTheRequestItLeadsTo() throws Exception {
        try (WebClient c = client()) {
            WebPage page = c.get(base.resolve("sign-in"), base, true);
            assertThat(page.url()).isEqualTo(base.resolve("/after-sign-in"));
            assertThat(cookiesSent).containsExactly("", "Ab3x_2132_auth=signed");
            assertThat(referers).containsExactly(base.toString(), base.toString());
            assertThat(ajax).containsExactly("XMLHttpRequest", "XMLHttpRequest");
            assertThat(acceptEncodings).allMatch(e -> e.contains("gzip"));
        }
    }

    @Test
    void returnsErrorStatusesAsPages() throws Exception {
        try (WebClient c = client()) {
            WebPage page = c.get(base.resolve("missing"));
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.isSuccess()).isFalse();
            assertThat(page.text()).contains("不存在");
        }
    }

    @Test
    void reusesOneConnectionForSeveralRequests() throws Exception {
        try (WebClient c = client()) {
            for (int i = 0; i < 5; i++) {
                c.get(base.resolve("plain"));
            }
        }
        assertThat(remotePorts).hasSize(5);
        assertThat(remotePorts.stream().distinct().count()).isEqualTo(1);
    }

    @Test
    void postsAFormInTheSiteCharsetAndDoesNotFollowTheRedirect() throws Exception {
        try (WebClient c = client()) {
            FormAnswer answer = c.post(base.resolve("post"), List.of(java.util.Map.entry("message", "渠县")), GBK,
                    base.resolve("portal.php?mod=view&aid=1"));
            assertThat(answer.status()).isEqualTo(301);
            assertThat(answer.isRedirect()).isTrue();
            assertThat(answer.location()).isEqualTo("portal.php?mod=view&aid=1#comment");
        }
        assertThat(posted).containsExactly("POST application/x-www-form-urlencoded; charset=GBK "
                + base.resolve("portal.php?mod=view&aid=1") + " message=%C7%FE%CF%D8");
    }

    @Test
    void findsACookieByTheEndOfItsName() throws Exception {
        try (WebClient c = client()) {
            c.get(base.resolve("cookie"));
            assertThat(c.cookieEndingWith("_saltkey")).contains("abcdefgh");
            assertThat(c.cookieEndingWith("_auth")).isEmpty();
            c.clearCookies();
            assertThat(c.cookieEndingWith("_saltkey")).isEmpty();
        }
    }

    @Test
    void givesUpWhenTheSiteIsTooSlow() {
        HttpSettings impatient = new HttpSettings(null, Duration.ofSeconds(1), Duration.ofMillis(300),
                Optional.empty(), 2);
        try (WebClient c = new WebClient(impatient)) {
            assertThatThrownBy(() -> c.get(base.resolve("slow"))).isInstanceOf(SocketTimeoutException.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRedirectLoopEndsWithAMessageSayingSo() throws Exception {
        try (WebClient c = client()) {
            assertThatThrownBy(() -> c.get(base.resolve("loop-a")))
                    .isInstanceOf(RedirectRefused.class)
                    .hasMessageStartingWith("the site redirects in a loop")
                    .hasMessageNotContaining("f00dcafe");
        }
    }
}
