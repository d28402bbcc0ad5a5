package dev.fenghuang.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer before encoding: an HTML text that the handler encodes in the site charset, or raw bytes
 * with their own content type.
 */
record PageResponse(int status, String html, byte[] bytes, String contentType, List<Map.Entry<String, String>> headers) {
    PageResponse {
        headers = List.copyOf(headers);
    }

    static PageResponse html(int status, String html) {
        return new PageResponse(status, html, null, null, List.of());
    }

    static PageResponse bytes(int status, String contentType, byte[] bytes) {
        return new PageResponse(status, null, bytes, contentType, List.of());
    }

    /** The bare 404 of an unknown path, as a web server answers it. */
    static PageResponse notFound(String path) {
        String body = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n"
                + "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n"
                + "</body></html>\n";
        return bytes(404, "text/html; charset=iso-8859-1", body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** An empty-body redirect. */
    static PageResponse redirect(int status, String location) {
        return html(status, "").withHeader("Location", location);
    }

    PageResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new PageResponse(status, html, bytes, contentType, more);
    }

    boolean isHtml() {
        return html != null;
    }
}
