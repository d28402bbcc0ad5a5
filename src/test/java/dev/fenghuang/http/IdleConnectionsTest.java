package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Kept-alive connections left unused are closed by the client, on its deadline thread and no thread of its own. */
class IdleConnectionsTest {
    /** A kept-alive page, then a byte every 50 ms: a write fails soon after the client has closed the connection. */
    private static void keptAliveAnswer(OutputStream out) throws IOException, InterruptedException {
        RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok");
        for (int i = 0; i < 400; i++) {
            Thread.sleep(50);
            out.write('\n');
            out.flush();
        }
    }

    /** Issue 13's resident memory: HttpClient's evictor was a thread for the reader's whole session. */
    @Test
    void noThreadOfHttpClientsOwnWatchesTheIdleConnections() throws Exception {
        try (RawServer server = RawServer.start(IdleConnectionsTest::keptAliveAnswer);
             WebClient c = new WebClient(HttpSettings.defaults())) {
            assertThat(c.get(server.url("/")).text()).isEqualTo("ok");

            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .noneMatch(name -> name.startsWith("idle-connection-evictor"));
        }
    }

    @Test
    void aConnectionUnusedForTheIdleTimeIsClosed() throws Exception {
        try (RawServer server = RawServer.start(IdleConnectionsTest::keptAliveAnswer);
             WebClient c = new WebClient(HttpSettings.defaults(), new BoundedCookieStore(), Duration.ofMillis(200))) {
            assertThat(c.get(server.url("/")).text()).isEqualTo("ok");

            assertThat(server.clientClosedWithin(10)).isTrue();
        }
    }

    @Test
    void aConnectionInItsIdleTimeIsKept() throws Exception {
        try (RawServer server = RawServer.start(IdleConnectionsTest::keptAliveAnswer);
             WebClient c = new WebClient(HttpSettings.defaults(), new BoundedCookieStore(), Duration.ofMinutes(1))) {
            assertThat(c.get(server.url("/")).text()).isEqualTo("ok");

            assertThat(server.clientClosedWithin(1)).isFalse();
        }
    }
}
