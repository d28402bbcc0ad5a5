package dev.fenghuang.site;

import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.RedirectRefused;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.ForeignSite;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The write side's connection, kept to the configured site's origin: every form post (login, admin password,
 * comments, decisions) and every GET (links carrying the form hash, the pages forms are read from) must go to
 * the site's scheme, host and port. A GET's redirect (pages and bytes alike) to another origin is refused before
 * it is followed, so no cookie of the site goes there; a final URL elsewhere is refused too. Never https to http.
 * A refusal is {@link dev.fenghuang.model.ForeignSite}; nothing is sent to the other origin.
 */
final class OriginGuard implements SiteConnection {
    private final SiteOrigin origin;
    private final SiteConnection connection;

    private OriginGuard(SiteOrigin origin, SiteConnection connection) {
        this.origin = origin;
        this.connection = connection.confinedToOrigin();
    }

    /** {@code connection}, guarded for the site at {@code base} (a connection guarded already is kept as it is). */
    static SiteConnection around(URI base, SiteConnection connection) {
        SiteOrigin origin = SiteOrigin.of(base);
        if (connection instanceof OriginGuard guard && guard.origin.equals(origin)) {
            return guard;
        }
        return new OriginGuard(origin, connection);
    }

    @Override
    public WebPage get(URI url) throws IOException {
        return get(url, null, false);
    }

    @Override
    public WebPage get(URI url, URI referer, boolean ajax) throws IOException {
        origin.require(url);
        WebPage page;
        try {
            page = connection.get(url, origin.contains(referer) ? referer : null, ajax);
        } catch (RedirectRefused e) {
            throw foreign(e);
        }
        if (page.url() != null) {
            origin.require(page.url());
        }
        return page;
    }

    @Override
    public byte[] bytes(URI url, URI referer) throws IOException {
        origin.require(url);
        try {
            return connection.bytes(url, origin.contains(referer) ? referer : null);
        } catch (RedirectRefused e) {
            throw foreign(e);
        }
    }

    /**
     * A redirect refused for leading to another origin, as the {@link ForeignSite} refusal this guard reports
     * (naming the other origin); any other refusal as it is.
     */
    private IOException foreign(RedirectRefused e) {
        if (e.reason() == RedirectRefused.Reason.FOREIGN) {
            try {
                origin.require(URI.create(e.location()));
            } catch (ForeignSite refused) {
                refused.initCause(e);
                return refused;
            } catch (IllegalArgumentException unreadable) {
                ForeignSite refused = new ForeignSite(origin.toString(), e.location(), false);
                refused.initCause(e);
                return refused;
            }
        }
        return e;
    }

    @Override
    public FormAnswer post(URI url, List<Map.Entry<String, String>> fields, Charset charset, URI referer)
            throws IOException {
        origin.require(url);
        return connection.post(url, fields, charset, origin.contains(referer) ? referer : null);
    }

    @Override
    public Optional<String> cookieEndingWith(String suffix) {
        return connection.cookieEndingWith(suffix);
    }

    @Override
    public SiteConnection confinedToOrigin() {
        return this;
    }

    @Override
    public void clearCookies() throws IOException {
        connection.clearCookies();
    }
}
