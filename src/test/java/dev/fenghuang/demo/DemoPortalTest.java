package dev.fenghuang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoPortalTest {
    @Test
    void baseUrlIsTheLoopbackAddressWithTheBoundPort() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(portal.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
            assertThat(portal.baseUrl().getPort()).isPositive();
        }
    }

    @Test
    void requestsAreCountedAndLoggedWithPathAndQuery() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            assertThat(portal.requestCount()).isZero();
            Fetch.get(portal, "portal.php?mod=view&aid=1");
            Fetch.get(portal, "nothing.html");
            assertThat(portal.requestCount()).isEqualTo(2);
            assertThat(portal.requestLog()).containsExactly("/portal.php?mod=view&aid=1", "/nothing.html");
        }
    }

    @Test
    void concurrentRequestsAreAllAnswered() {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            List<CompletableFuture<Integer>> calls = IntStream.rangeClosed(1, 16)
                    .mapToObj(aid -> CompletableFuture.supplyAsync(
                            () -> Fetch.get(portal, "portal.php?mod=view&aid=" + aid).status()))
                    .toList();
            assertThat(calls.stream().map(CompletableFuture::join)).containsOnly(200);
        }
    }

    @Test
    void aClosedPortalNoLongerAnswers() {
        DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
        portal.close();
        assertThatThrownBy(
                () -> Fetch.send(portal, "portal.php", Duration.ofSeconds(2)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void optionsRejectOtherCharsets() {
        assertThatThrownBy(() -> DemoOptions.builder()
                .charset(StandardCharsets.ISO_8859_1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
