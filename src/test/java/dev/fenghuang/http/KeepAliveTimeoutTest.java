package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A site that says how long it keeps an idle connection ({@code Keep-Alive: timeout=1}, as Apache's
 * {@code KeepAliveTimeout} does) and closes it then: the next request goes on a new connection, not on the closed
 * one, where no answer would come and nothing sends it again.
 */
class KeepAliveTimeoutTest {

    /**
     * Answers every request on a connection with "ok" until the connection is idle for {@code idleSeconds}, then
     * closes it; says so in a {@code Keep-Alive} header when {@code says}.
     */
    private static final class KeepAliveSite implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private final int idleSeconds;
        private final boolean says;

        KeepAliveSite(int idleSeconds, boolean says) throws IOException {
            this.idleSeconds = idleSeconds;
            this.says = says;
            Thread accepting = new Thread(this::accept, "keep-alive-site");
            accepting.setDaemon(true);
            accepting.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
                    Thread t = new Thread(() -> serve(s), "keep-alive-connection");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s) {
                s.setSoTimeout(idleSeconds * 1000);
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (readHead(in)) {
                    answered.incrementAndGet(); // before the answer: the client may read it before this thread runs on
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                            + (says ? "Keep-Alive: timeout=" + idleSeconds + ", max=100\r\nConnection: Keep-Alive\r\n"
                            : "") + "Content-Length: 2\r\n\r\nok").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (SocketTimeoutException idle) {
                // the keep-alive timeout: the connection is closed, as the site said it would be
            } catch (IOException e) {
                // the client went
            }
        }

        /** Reads one request head; false at the end of the stream. */
        private static boolean readHead(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            for (int b; matched < end.length; ) {
                b = in.read();
                if (b < 0) {
                    return false;
                }
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            return true;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void aConnectionTheSiteClosedAtItsKeepAliveTimeoutIsNotUsedAgain() throws Exception {
        try (KeepAliveSite site = new KeepAliveSite(1, true); WebClient c = new WebClient(HttpSettings.defaults())) {
            assertThat(c.get(site.url()).text()).isEqualTo("ok");
            assertThat(c.get(site.url()).text()).isEqualTo("ok");
            assertThat(site.connections.get()).as("kept alive while the site keeps it").isEqualTo(1);

            Thread.sleep(1300); // past the site's timeout, short of the pool's check of a connection idle for 2 s

            assertThat(c.get(site.url()).text()).isEqualTo("ok");
            assertThat(site.connections.get()).isEqualTo(2);
            assertThat(site.answered.get()).isEqualTo(3);
        }
    }

    /**
     * Another host answering without a {@code Keep-Alive} header (an image's, or a front server of the site's) does
     * not lengthen the time the site said it keeps a connection.
     */
    @Test
    void anAnswerSayingNothingDoesNotLengthenWhatTheSiteSaid() throws Exception {
        try (KeepAliveSite site = new KeepAliveSite(1, true); KeepAliveSite images = new KeepAliveSite(30, false);
             WebClient c = new WebClient(HttpSettings.defaults())) {
            assertThat(c.get(site.url()).text()).isEqualTo("ok");
            assertThat(c.get(images.url()).text()).isEqualTo("ok");

            Thread.sleep(1300);

            assertThat(c.get(site.url()).text()).isEqualTo("ok");
            assertThat(site.connections.get()).isEqualTo(2);
        }
    }
}
