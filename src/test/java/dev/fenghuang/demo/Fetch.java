package dev.fenghuang.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Test-side GETs against a demo portal with a desktop browser UA, no redirects followed, gzip undone. */
public final class Fetch {
    static final String DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: status, headers and the body bytes (un-gzipped). */
    public record Page(int status, HttpHeaders headers, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String text(Charset charset) {
            return new String(bytes, charset);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public List<String> cookies() {
            return headers.allValues("set-cookie");
        }
    }

    private Fetch() {
    }

    /**
     * A raw HTTP/1.0 GET over a socket, for headers the JDK client refuses to send (Host).
     * Answers the whole response, head and body, read as UTF-8.
     */
    public static String raw(DemoPortal portal, String target, String host) {
        try (Socket socket = new Socket(portal.baseUrl().getHost(), portal.baseUrl().getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET /" + target + " HTTP/1.0\r\nHost: " + host + "\r\nUser-Agent: " + DESKTOP_UA
                    + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Page get(DemoPortal portal, String target, String... headerPairs) {
        try {
            return send(portal, target, Duration.ofSeconds(10), headerPairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #get} but lets the IOException of a broken answer through. */
    static Page send(DemoPortal portal, String target, Duration timeout, String... headerPairs) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + target))
                .timeout(timeout).header("User-Agent", DESKTOP_UA);
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.setHeader(headerPairs[i], headerPairs[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if (response.headers().firstValue("content-encoding").orElse("").equals("gzip")) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            return new Page(response.statusCode(), response.headers(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
