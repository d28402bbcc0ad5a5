package dev.fenghuang.demo.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer before encoding: a text that the handler encodes in the site charset (with a media type,
 * {@code text/html} unless said otherwise), or raw bytes with their own content type.
 *
 * @param contentType for raw bytes the whole Content-Type; for text the media type without charset, null meaning html
 * @param stored true when the request changed what the site stores (a write that went through)
 * @param ownCookies true when the answer sets the session cookies itself (logout), so the page set is not added
 */
public record PageResponse(int status, String html, byte[] bytes, String contentType, List<Map.Entry<String, String>> headers,
        boolean stored, boolean ownCookies) {
    public static final String XML = "text/xml";

    public PageResponse {
        headers = List.copyOf(headers);
    }

    public static PageResponse html(int status, String html) {
        return new PageResponse(status, html, null, null, List.of(), false, false);
    }

    /** A text in the site charset with another media type, e.g. {@code text/xml}. */
    public static PageResponse text(int status, String mediaType, String text) {
        return new PageResponse(status, text, null, mediaType, List.of(), false, false);
    }

    public static PageResponse bytes(int status, String contentType, byte[] bytes) {
        return new PageResponse(status, null, bytes, contentType, List.of(), false, false);
    }

    /** The bare 404 of an unknown path, as a web server answers it. */
    public static PageResponse notFound(String path) {
        String body = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n"
                + "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n"
                + "</body></html>\n";
        return bytes(404, "text/html; charset=iso-8859-1", body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** An empty-body redirect. */
    public static PageResponse redirect(int status, String location) {
        return html(status, "").withHeader("Location", location);
    }

    public PageResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new PageResponse(status, html, bytes, contentType, more, stored, ownCookies);
    }

    public PageResponse withCookies(List<String> cookies) {
        PageResponse result = this;
        for (String cookie : cookies) {
            result = result.withHeader("Set-Cookie", cookie);
        }
        return result;
    }

    /** Marks the answer as the result of a stored write. */
    public PageResponse asStored() {
        return new PageResponse(status, html, bytes, contentType, headers, true, ownCookies);
    }

    public PageResponse withOwnCookies() {
        return new PageResponse(status, html, bytes, contentType, headers, stored, true);
    }

    public boolean isImage() {
        return html == null && contentType != null && contentType.startsWith("image/");
    }

    public boolean isHtml() {
        return html != null;
    }

    /** The Content-Type header for a text answer in this charset label. */
    public String textType(String charsetLabel) {
        return (contentType == null ? "text/html" : contentType) + "; charset=" + charsetLabel;
    }
}
