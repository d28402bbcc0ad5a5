package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/** What the client reads off a response besides its body: headers, the media type, the URL after redirects. */
final class ResponseParts {
    private ResponseParts() {
    }

    /** The first header {@code name}, or null. */
    static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    /** The media type of a Content-Type value, lower case, without parameters; "" when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Where the request ended after its redirects. */
    static URI finalUri(URI requested, HttpClientContext context) {
        List<URI> redirects = context.getRedirectLocations() == null ? List.of()
                : context.getRedirectLocations().getAll();
        return redirects.isEmpty() ? requested : redirects.get(redirects.size() - 1);
    }

    /** The body as text; when no charset can be told, read byte for byte (ISO-8859-1) rather than refused. */
    static String decodeLeniently(byte[] body, String contentType, Optional<Charset> override) {
        try {
            return PageDecoder.decode(body, contentType, override).text();
        } catch (UndeclaredCharsetException e) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    /** The body of a 200 answer; any other status is an error naming the URL (secrets redacted). */
    static byte[] okBody(ClassicHttpResponse response, byte[] body, URI url) throws IOException {
        if (response.getCode() != 200) {
            throw new IOException("HTTP " + response.getCode() + " for " + LogRedaction.url(url));
        }
        return body;
    }
}
