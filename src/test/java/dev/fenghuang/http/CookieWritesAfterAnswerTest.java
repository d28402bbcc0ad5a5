package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file-backed jar is written at once when an answer adds or removes a cookie (a sign-in, a sign-out), and after
 * the answer when it only sets again cookies the file holds (Discuz's {@code lastact}, a new value each second): that
 * write is not on the way from the answer to the page (issue 13), and closing the client writes it.
 */
class CookieWritesAfterAnswerTest {
    @TempDir
    Path dir;
    private LoopbackSite server;
    private URI base;
    private final AtomicInteger pages = new AtomicInteger();

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
        var headers = ex.getResponseHeaders();
        headers.add("Set-Cookie", "Ab3x_2132_lastact=" + (1_700_000_000 + pages.incrementAndGet())
                + "%09portal.php%09view; Max-Age=86400; path=/");
        switch (ex.getRequestURI().getPath()) {
            case "/signin" -> headers.add("Set-Cookie", "Ab3x_2132_auth=a1b2c3; Max-Age=2592000; path=/; HttpOnly");
            case "/signout" -> headers.add("Set-Cookie", "Ab3x_2132_auth=deleted; Max-Age=0; path=/");
            default -> { }
        }
        byte[] body = "<p>ok</p>".getBytes(StandardCharsets.UTF_8);
        headers.add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private String lastactInFile(Path file) throws IOException {
        return CookieFile.open(file).getCookies().stream().filter(c -> c.getName().endsWith("lastact"))
                .map(c -> c.getValue().substring(0, 10)).findFirst().orElse("none");
    }

    private boolean signedInFile(Path file) throws IOException {
        return CookieFile.open(file).getCookies().stream().anyMatch(c -> c.getName().endsWith("auth"));
    }

    @Test
    void aCookieOnlySetAgainIsWrittenAfterTheAnswerAndWhenTheClientCloses() throws Exception {
        Path file = dir.resolve("reader1.cookies");
        CookieFile jar = CookieFile.open(file);
        WebClient client = new WebClient(HttpSettings.defaults(), jar, WebClient.IDLE, Duration.ofHours(1));
        try {
            client.get(base.resolve("index"));
            assertThat(lastactInFile(file)).as("a cookie new to the file is written at once").isEqualTo("1700000001");

            client.get(base.resolve("index"));
            client.get(base.resolve("index"));
            assertThat(lastactInFile(file)).as("set again: not written on the answer's way").isEqualTo("1700000001");
            assertThat(jar.writes()).isEqualTo(1);
        } finally {
            client.close();
        }
        assertThat(lastactInFile(file)).as("closing writes what waits").isEqualTo("1700000003");
        assertThat(jar.writes()).isEqualTo(2);
    }

    @Test
    void theWaitingWriteTakesEveryAnswerOfItsTimeInOneWrite() throws Exception {
        Path file = dir.resolve("reader2.cookies");
        CookieFile jar = CookieFile.open(file);
        try (WebClient client = new WebClient(HttpSettings.defaults(), jar, WebClient.IDLE, Duration.ofMillis(200))) {
            client.get(base.resolve("index"));
            client.get(base.resolve("index"));
            client.get(base.resolve("index"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (jar.writes() < 2 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(jar.writes()).isEqualTo(2);
            assertThat(lastactInFile(file)).isIn("1700000002", "1700000003");
        }
    }

    @Test
    void aSignInAndASignOutAreWrittenBeforeTheirAnswersReturn() throws Exception {
        Path file = dir.resolve("reader3.cookies");
        try (WebClient client = new WebClient(HttpSettings.defaults(), CookieFile.open(file), WebClient.IDLE,
                Duration.ofHours(1))) {
            client.get(base.resolve("index"));
            client.get(base.resolve("signin"));
            assertThat(signedInFile(file)).isTrue();
            assertThat(lastactInFile(file)).isEqualTo("1700000002");

            client.get(base.resolve("signout"));
            assertThat(signedInFile(file)).isFalse();
            assertThat(lastactInFile(file)).isEqualTo("1700000003");
        }
    }
}
