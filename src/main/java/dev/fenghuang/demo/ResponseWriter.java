package dev.fenghuang.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/** Encodes an answer in the site charset, gzips text when the client accepts it, and sends it. */
final class ResponseWriter {
    private ResponseWriter() {
    }

    static void write(HttpExchange exchange, PageResponse response, SiteSettings site, boolean gzip) throws IOException {
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
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }
}
