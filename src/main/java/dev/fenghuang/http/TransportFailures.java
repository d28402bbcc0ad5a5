package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.RedirectException;

/**
 * A failed exchange named for what it means to the user: a redirect refused (to another site, from https to http,
 * a loop) or a certificate not trusted; any other failure as it came.
 */
final class TransportFailures {
    private TransportFailures() {
    }

    static IOException reported(IOException e, URI url) {
        if (e instanceof ClientProtocolException && e.getCause() instanceof SiteRedirects.Foreign foreign) {
            return new RedirectRefused(RedirectRefused.Reason.FOREIGN, foreign.origin, e);
        }
        if (e instanceof ClientProtocolException && e.getCause() instanceof RedirectException redirect) {
            String location = redirect instanceof SiteRedirects.Downgrade d ? LogRedaction.url(d.location)
                    : LogRedaction.text(String.valueOf(redirect.getMessage()));
            return new RedirectRefused(redirect instanceof SiteRedirects.Downgrade
                    ? RedirectRefused.Reason.DOWNGRADE : RedirectRefused.Reason.LOOP, location, e);
        }
        if (e instanceof SSLHandshakeException && untrusted(e)) {
            return new UntrustedCertificate(url.getHost(), e);
        }
        return e;
    }

    private static boolean untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertPathValidatorException || t instanceof CertificateException
                    || t.getClass().getName().equals("sun.security.provider.certpath.SunCertPathBuilderException")) {
                return true;
            }
        }
        return false;
    }
}
