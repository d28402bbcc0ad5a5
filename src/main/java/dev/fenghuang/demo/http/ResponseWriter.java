package dev.fenghuang.demo.http;

import dev.fenghuang.demo.ActiveFaults;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.SiteSettings;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Encodes an answer in the site charset, gzips text when the client accepts it, and sends it, the way the active
 * delivery faults say: cut short, stalled, dripped, with a broken gzip stream, huge or endless.
 */
public final class ResponseWriter {
    private static final byte[] FILLER = ("<!-- " + "0123456789abcdef".repeat(255) + " -->\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static final java.time.Duration ENDLESS_PAUSE = java.time.Duration.ofMillis(1);

    private final ActiveFaults holds;
    private final DemoOptions options;

    public ResponseWriter(ActiveFaults holds, DemoOptions options) {
        this.holds = holds;
        this.options = options;
    }

    /**
     * Sends the answer as it is. A HEAD request gets the headers a GET would, its Content-Length included, and no
     * body (the JDK server takes a length given for HEAD as a mistake and warns).
     */
    public static void write(HttpExchange exchange, PageResponse response, SiteSettings site, boolean gzip) throws IOException {
        byte[] body = prepare(exchange, response, site, gzip);
        if (isHead(exchange)) {
            if (body.length > 0) {
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            }
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Sends the answer with the delivery faults among {@code active} applied. An answer cut short throws the
     * IOException of the unfinished body, which closes the connection. Stalls and drips end at the first release of
     * the held connections after {@code since}.
     */
    public void write(HttpExchange exchange, PageResponse response, SiteSettings site, boolean gzip, Set<Fault> active,
            long since) throws IOException {
        boolean plain = active.contains(Fault.DRIP) || active.contains(Fault.STALL_MID_BODY)
                || active.contains(Fault.SHORT_BODY) || active.contains(Fault.HUGE_BODY)
                || active.contains(Fault.ENDLESS_BODY) || active.contains(Fault.BROKEN_GZIP);
        if (!plain || isHead(exchange)) {
            write(exchange, response, site, gzip);
            return;
        }
        byte[] body = prepare(exchange, response, site, false);
        if (active.contains(Fault.ENDLESS_BODY)) {
            endless(exchange, response.status(), body, since);
        } else if (active.contains(Fault.HUGE_BODY)) {
            huge(exchange, response.status(), body);
        } else if (active.contains(Fault.BROKEN_GZIP)) {
            brokenGzip(exchange, response.status(), body);
        } else if (active.contains(Fault.DRIP)) {
            drip(exchange, response.status(), body, since);
        } else {
            half(exchange, response.status(), body, active.contains(Fault.STALL_MID_BODY), since);
        }
    }

    /** The headers with the full length, the first half of the body, a stall when asked, then the cut. */
    private void half(HttpExchange exchange, int status, byte[] body, boolean stall, long since)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        if (stall) {
            holds.hold(options.stallLimit(), since);
        }
        out.close();
    }

    private void drip(HttpExchange exchange, int status, byte[] body, long since) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        for (byte b : body) {
            out.write(b);
            out.flush();
            if (!holds.hold(options.dripInterval(), since)) {
                break;
            }
        }
        out.close();
    }

    private void brokenGzip(HttpExchange exchange, int status, byte[] body) throws IOException {
        byte[] zipped = gzip(body);
        for (int i = 10; i < zipped.length - 8; i += 7) {
            zipped[i] = (byte) 0xff;
        }
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(status, zipped.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(zipped);
        }
    }

    private void huge(HttpExchange exchange, int status, byte[] body) throws IOException {
        long length = Math.max(options.hugeBodyBytes(), body.length);
        exchange.sendResponseHeaders(status, length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
            long left = length - body.length;
            while (left > 0) {
                int n = (int) Math.min(left, FILLER.length);
                out.write(FILLER, 0, n);
                left -= n;
            }
        }
    }

    /**
     * Chunked: the page without its end, then filler until the client leaves or the faults are cleared; then the
     * connection is cut without the last chunk, so that the body never ends properly.
     */
    private void endless(HttpExchange exchange, int status, byte[] body, long since) throws IOException {
        exchange.sendResponseHeaders(status, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        while (holds.hold(ENDLESS_PAUSE, since)) {
            out.write(FILLER);
            out.flush();
        }
        throw new IOException("endless body cut off");
    }

    private static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }

    private static byte[] prepare(HttpExchange exchange, PageResponse response, SiteSettings site, boolean gzip)
            throws IOException {
        byte[] body = response.isHtml() ? response.html().getBytes(site.charset()) : response.bytes();
        String type = response.isHtml() ? response.textType(site.charsetLabel()) : response.contentType();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        response.headers().forEach(h -> headers.add(h.getKey(), h.getValue()));
        if (type.startsWith(PageResponse.XML)) {
            headers.set("Expires", "-1");
            headers.set("Cache-Control", "no-store, private, post-check=0, pre-check=0, max-age=0");
            headers.set("Pragma", "no-cache");
        } else if (gzip && body.length > 0 && type.startsWith("text/")) {
            body = gzip(body);
            headers.set("Content-Encoding", "gzip");
            headers.set("Vary", "Accept-Encoding");
        }
        return body;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }
}
