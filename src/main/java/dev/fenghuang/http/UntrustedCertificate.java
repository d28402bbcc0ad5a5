package dev.fenghuang.http;

import java.io.Serial;
import javax.net.ssl.SSLHandshakeException;

/** The site's certificate is not signed by anything trusted: not the system's authorities, not the profile's. */
public final class UntrustedCertificate extends SSLHandshakeException {
    @Serial
    private static final long serialVersionUID = 1L;
    private final String host;

    public UntrustedCertificate(String host, Throwable cause) {
        super("certificate not trusted for " + host + "; add tls.trust = /path/to/cert.pem to the site profile");
        this.host = host;
        initCause(cause);
    }

    public String host() {
        return host;
    }
}
