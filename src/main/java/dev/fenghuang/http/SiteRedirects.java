package dev.fenghuang.http;

import java.net.URI;
import java.util.Locale;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.impl.DefaultRedirectStrategy;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;

/** HttpClient's redirect handling, except that a redirect from https to plain http is never followed. */
final class SiteRedirects extends DefaultRedirectStrategy {

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
        return location;
    }
}
