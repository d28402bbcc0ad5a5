package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Sites that never finish: every request ends by its deadline, its size cap, or a cancel. */
class WebClientLimitsTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n";

    private static WebClient client(Duration deadline, long maxBody) {
        return new WebClient(HttpSettings.defaults().withDeadline(deadline).withMaxBodyBytes(maxBody));
    }

    /** One byte every 100 ms of a body announced as a megabyte: each read succeeds, the whole never ends. */
    private static void dripAnswer(java.io.OutputStream out) throws IOException, InterruptedException {
        RawServer.write(out, HEAD + "Content-Length: 1048576\r\n\r\n");
        drip(out);
    }

    private static void drip(java.io.OutputStream out) throws IOException, InterruptedException {
        for (int i = 0; i < 1_000_000; i++) {
            out.write('a');
            out.flush();
            Thread.sleep(100);
        }
    }

    private static void endlessChunks(java.io.OutputStream out) throws IOException {
        RawServer.write(out, HEAD + "Transfer-Encoding: chunked\r\n\r\n");
        String chunk = Integer.toHexString(8192) + "\r\n" + "x".repeat(8192) + "\r\n";
        while (true) {
            RawServer.write(out, chunk);
        }
    }

    @Test
    void aSiteThatDripsIsCutOffAtTheDeadlineAndTheConnectionAborted() throws Exception {
        try (RawServer server = RawServer.start(WebClientLimitsTest::dripAnswer);
             WebClient c = client(Duration.ofMillis(400), HttpSettings.DEFAULT_MAX_BODY_BYTES)) {
            assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(() -> c.get(server.url("/drip")))
                    .isInstanceOf(DeadlineExceeded.class));
            assertThat(server.clientClosedWithin(5)).isTrue();
        }
    }

    /** The deadline reaches the request a redirect leads to, not only the first one. */
    @Test
    void aRedirectToASiteThatDripsIsCutOffAtTheDeadline() throws Exception {
        try (RawServer server = RawServer.start(out -> {
            RawServer.write(out, "HTTP/1.1 302 Found\r\nLocation: /drip\r\nContent-Length: 0\r\n\r\n");
            Thread.sleep(200); // the client takes the redirect and sends the next request on this connection
            dripAnswer(out);
        }); WebClient c = client(Duration.ofMillis(800), HttpSettings.DEFAULT_MAX_BODY_BYTES)) {
            assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(() -> c.get(server.url("/moved")))
                    .isInstanceOf(DeadlineExceeded.class));
            assertThat(server.clientClosedWithin(5)).isTrue();
        }
    }

    /**
     * A redirect the client refuses (to another origin, for a request confined to the site) is reported at once: the
     * endless body behind it is not read, and its connection is closed.
     */
    @Test
    void aRefusedRedirectWithAnEndlessBodyIsReportedAtOnceNotDrained() throws Exception {
        try (RawServer server = RawServer.start(out -> {
            RawServer.write(out, "HTTP/1.1 302 Found\r\nLocation: http://elsewhere.example/x\r\n"
                    + "Content-Length: 100000000000\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        }); WebClient c = client(Duration.ofSeconds(60), HttpSettings.DEFAULT_MAX_BODY_BYTES)) {
            assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(() -> c.confinedToOrigin()
                    .get(server.url("/page"), null, false)).isInstanceOf(RedirectRefused.class));
            assertThat(server.clientClosedWithin(5)).isTrue();
        }
    }

    /** A redirect followed, its endless body left unread: the next request goes on a new connection, in time. */
    @Test
    void aFollowedRedirectWithAnEndlessBodyIsNotDrained() throws Exception {
        try (RawServer target = RawServer.start(out -> RawServer.write(out,
                HEAD + "Content-Length: 2\r\n\r\nok"));
             RawServer server = RawServer.start(out -> {
                 RawServer.write(out, "HTTP/1.1 302 Found\r\nLocation: " + target.url("/there")
                         + "\r\nTransfer-Encoding: chunked\r\n\r\n");
                 String chunk = Integer.toHexString(8192) + "\r\n" + "x".repeat(8192) + "\r\n";
                 while (true) {
                     RawServer.write(out, chunk);
                 }
             }); WebClient c = client(Duration.ofSeconds(60), HttpSettings.DEFAULT_MAX_BODY_BYTES)) {
            assertTimeoutPreemptively(SOON, () -> assertThat(c.get(server.url("/moved")).text()).isEqualTo("ok"));
            assertThat(server.clientClosedWithin(5)).isTrue();
        }
    }

    @Test
    void anEndlessChunkedBodyStopsAtTheSizeCapWithoutBeingDrained() throws Exception {
        try (RawServer server = RawServer.start(WebClientLimitsTest::endlessChunks);
             WebClient c = client(Duration.ofSeconds(30), 1024 * 1024)) {
            assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(() -> c.get(server.url("/endless")))
                    .isInstanceOf(PageTooLarge.class).hasMessage("page larger than 1 MB"));
            assertThat(server.clientClosedWithin(5)).isTrue();
        }
    }

    @Test
    void anEndlessChunkedBodyUnderAHighCapStopsAtTheDeadline() throws Exception {
        try (RawServer server = RawServer.start(WebClientLimitsTest::endlessChunks);
             WebClient c = client(Duration.ofMillis(500), Long.MAX_VALUE)) {
            assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(() -> c.get(server.url("/endless")))
                    .isInstanceOf(DeadlineExceeded.class));
        }
    }

    @Test
    void aHugeBodyIsRefusedAsTooLargeNotCutAndHandedOn() throws Exception {
        int size = 3 * 1024 * 1024;
        try (RawServer server = RawServer.start(out -> {
            RawServer.write(out, HEAD + "Content-Length: " + size + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) 'y');
            for (int sent = 0; sent < size; sent += block.length) {
                out.write(block);
            }
            out.flush();
            Thread.sleep(60_000); // hold the connection: a drain would wait here
        }); WebClient c = client(Duration.ofSeconds(30), 2 * 1024 * 1024)) {
            assertTimeoutPreemptively(SOON, () -> assertThatThrownBy(() -> c.bytes(server.url("/huge"), null))
                    .isInstanceOf(PageTooLarge.class).hasMessage("page larger than 2 MB"));
        }
    }

    @Test
    void interruptingTheWaitingThreadAbortsTheRequest() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch bodyStarted = new java.util.concurrent.CountDownLatch(1);
        try (RawServer server = RawServer.start(out -> {
            RawServer.write(out, HEAD + "Content-Length: 1048576\r\n\r\na");
            bodyStarted.countDown();
            drip(out);
        });
             WebClient c = client(Duration.ofSeconds(60), HttpSettings.DEFAULT_MAX_BODY_BYTES)) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Future<?> running = worker.submit(() -> {
                try {
                    c.get(server.url("/drip"));
                } catch (IOException e) {
                    failure.set(e);
                }
            });
            assertThat(bodyStarted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            running.cancel(true);
            assertTimeoutPreemptively(SOON, () -> {
                worker.shutdown();
                assertThat(worker.awaitTermination(9, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            });
            assertThat(failure.get()).isInstanceOf(RequestCancelled.class);
            assertThat(server.clientClosedWithin(5)).isTrue();
        } finally {
            worker.shutdownNow();
        }
    }
}
