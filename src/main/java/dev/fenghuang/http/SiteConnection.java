package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * Everything the site adapter needs from HTTP for reading and writing: pages, pages asked for with a Referer
 * (Discuz checks it on submits and captcha images), raw bytes (images), form posts, and the cookies.
 */
public interface SiteConnection extends PageSource {

    /** GET with a Referer (null for none) and, for {@code inajax} requests, {@code X-Requested-With}. */
    WebPage get(URI url, URI referer, boolean ajax) throws IOException;

    /** The raw body of a GET, e.g. a captcha image. */
    byte[] bytes(URI url, URI referer) throws IOException;

    /**
     * POSTs {@code application/x-www-form-urlencoded} fields, percent-encoded in the site's charset (a GBK site
     * gets GBK bytes). The caller must first make sure every value can be encoded in it.
     */
    FormAnswer post(URI url, List<Map.Entry<String, String>> fields, Charset charset, URI referer)
            throws IOException;

    /** The value of a cookie for the site, matched by the end of its name (Discuz prefixes are random). */
    java.util.Optional<String> cookieEndingWith(String suffix);

    /**
     * This connection, with redirects kept to the origin (scheme, host, port) of the URL asked for: a GET, page
     * or bytes, whose redirect leads elsewhere fails with {@link RedirectRefused} ({@link RedirectRefused.Reason#FOREIGN})
     * before anything is sent there. For the signed-in, writing and moderating side.
     */
    SiteConnection confinedToOrigin();

    /** Drops every cookie (logout, or a session the site no longer accepts). */
    void clearCookies() throws IOException;
}
