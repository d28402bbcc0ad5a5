package dev.fenghuang.http;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A response as the site sent it, decoded.
 *
 * @param requested the URL asked for
 * @param url the URL of the final response, after redirects
 * @param status the HTTP status of the final response
 * @param contentType the media type without parameters (e.g. {@code text/html}), or empty
 * @param charset the charset the body was decoded with
 * @param charsetDeclared whether the charset came from the response header or the page itself (false: guessed)
 * @param text the decoded body
 */
public record WebPage(URI requested, URI url, int status, String contentType, Charset charset,
                      boolean charsetDeclared, String text) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
