package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link WebClient} whose GETs, pages and bytes, follow a redirect only within the origin (scheme, host, port)
 * of the URL asked for; one elsewhere fails with {@link RedirectRefused} before anything is sent there. Posts
 * follow no redirect anyway.
 */
final class ConfinedConnection implements SiteConnection {
    private final WebClient client;

    ConfinedConnection(WebClient client) {
        this.client = client;
    }

    @Override
    public WebPage get(URI url) throws IOException {
        return client.page(url, null, false, true);
    }

    @Override
    public WebPage get(URI url, URI referer, boolean ajax) throws IOException {
        return client.page(url, referer, ajax, true);
    }

    @Override
    public byte[] bytes(URI url, URI referer) throws IOException {
        return client.body(url, referer, true);
    }

    @Override
    public FormAnswer post(URI url, List<Map.Entry<String, String>> fields, Charset charset, URI referer)
            throws IOException {
        return client.post(url, fields, charset, referer);
    }

    @Override
    public Optional<String> cookieEndingWith(String suffix) {
        return client.cookieEndingWith(suffix);
    }

    @Override
    public void clearCookies() throws IOException {
        client.clearCookies();
    }

    @Override
    public SiteConnection confinedToOrigin() {
        return this;
    }
}
