package dev.fenghuang.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A server on a raw socket for answers no well-behaved server gives: it reads the request head, then hands the
 * socket's output to the script. Records when the client closed the connection.
 */
final class RawServer implements AutoCloseable {
    /** What the server writes after the request head. */
    @FunctionalInterface
    interface Script {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Thread thread;
    private final CountDownLatch clientGone = new CountDownLatch(1);

    private RawServer(Script script) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(script), "raw-server");
        thread.setDaemon(true);
        thread.start();
    }

    static RawServer start(Script script) throws IOException {
        return new RawServer(script);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    /** Whether the client closed the connection within {@code seconds}. */
    boolean clientClosedWithin(long seconds) throws InterruptedException {
        return clientGone.await(seconds, TimeUnit.SECONDS);
    }

    private void serve(Script script) {
        try (Socket s = socket.accept()) {
            readHead(s.getInputStream());
            try {
                script.answer(s.getOutputStream());
            } catch (IOException closedByClient) {
                clientGone.countDown();
            }
        } catch (IOException | InterruptedException e) {
            // the test is over
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int b; matched < end.length && (b = in.read()) >= 0; ) {
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
