package dev.fenghuang.http;

import java.net.URI;
import java.util.Locale;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.impl.DefaultRedirectStrategy;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's redirect handling, except that a redirect from https to plain http is never followed, and that for
 * a request marked {@link #CONFINED} a redirect to another scheme, host or port is refused before anything (a
 * cookie, a Referer) is sent there.
 */
final class SiteRedirects extends DefaultRedirectStrategy {
    /** Context attribute: when {@link Boolean#TRUE}, redirects must stay on the request's origin. */
    static final String CONFINED = "dev.fenghuang.http.confined";

    /** Thrown inside HttpClient for a confined request; {@link WebClient} reports it as {@link RedirectRefused}. */
    static final class Foreign extends RedirectException {
        private static final long serialVersionUID = 1L;
        /** {@code scheme://host:port} of the refused location: no path or query, which may hold secrets. */
        final String origin;

        Foreign(String origin) {
            super("redirect to another origin: " + origin);
            this.origin = origin;
        }
    }

    /** Thrown inside HttpClient; {@link WebClient} reports it as {@link RedirectRefused}. */
    static final class Downgrade extends RedirectException {
        private static final long serialVersionUID = 1L;
        final URI location;

        Downgrade(URI location) {
            super("redirect from https to http: " + location);
            this.location = location;
        }
    }

    @Override
    public URI getLocationURI(HttpRequest request, HttpResponse response, HttpContext context) throws HttpException {
        URI location = super.getLocationURI(request, response, context);
        String from = request.getScheme() == null ? "" : request.getScheme().toLowerCase(Locale.ROOT);
        String to = location.getScheme() == null ? from : location.getScheme().toLowerCase(Locale.ROOT);
        if (from.equals("https") && !to.equals("https")) {
            throw new Downgrade(location);
        }
        if (Boolean.TRUE.equals(context.getAttribute(CONFINED))) {
            String here = origin(from, request.getAuthority() == null ? null : request.getAuthority().getHostName(),
                    request.getAuthority() == null ? -1 : request.getAuthority().getPort());
            String there = origin(to, location.getHost(), location.getPort());
            if (!here.equals(there)) {
                throw new Foreign(there);
            }
        }
        return location;
    }

    /** {@code scheme://host:port}, the port always written (the scheme's default when none is given). */
    private static String origin(String scheme, String host, int port) {
        int p = port >= 0 ? port : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return scheme + "://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + p;
    }
}
