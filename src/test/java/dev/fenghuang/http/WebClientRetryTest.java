package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A site (or a proxy) answering 503 with {@code Retry-After}, as Discuz X3.5 does for a wrong form hash: the
 * client sends each request once and answers at once; it neither repeats a POST nor sleeps past its deadline.
 */
class WebClientRetryTest {
    private LoopbackSite server;
    private URI base;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String retryAfter;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackSite.start(this::busy);
        base = server.base();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void busy(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        ex.getRequestBody().readAllBytes();
        byte[] body = "<html><body>busy</body></html>".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().add("Retry-After", retryAfter);
        ex.sendResponseHeaders(503, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    @Test
    void aPostAnswered503WithRetryAfterIsSentOnceAndAnsweredAtOnce() throws Exception {
        retryAfter = "2";
        try (WebClient c = new WebClient(HttpSettings.defaults())) {
            FormAnswer answer = assertTimeoutPreemptively(Duration.ofMillis(1500), () -> c.post(base.resolve("post"),
                    List.of(Map.entry("message", "one comment")), StandardCharsets.UTF_8, null));
            assertThat(answer.status()).isEqualTo(503);
        }
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void aGetAnswered503WithAnHourToWaitReturnsWithinItsDeadline() throws Exception {
        retryAfter = "3600";
        try (WebClient c = new WebClient(HttpSettings.defaults().withDeadline(Duration.ofSeconds(2)))) {
            WebPage page = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> c.get(base.resolve("read")));
            assertThat(page.status()).isEqualTo(503);
        }
        assertThat(requests.get()).isEqualTo(1);
    }
}
