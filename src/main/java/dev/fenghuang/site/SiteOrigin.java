package dev.fenghuang.site;

import dev.fenghuang.model.ForeignSite;
import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/**
 * The configured site's origin: scheme, host and port of the profile's base URL. Credentials, security answers
 * and form hashes go nowhere else; a host written differently (case, the default port spelled out, Unicode or
 * punycode) is the same origin.
 */
record SiteOrigin(String scheme, String host, int port) {

    static SiteOrigin of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return new SiteOrigin(scheme, host(url), port(scheme, url.getPort()));
    }

    /** Throws {@link ForeignSite} naming where {@code url} points unless that is this origin; sends nothing. */
    void require(URI url) throws ForeignSite {
        SiteOrigin other = of(url);
        if (!other.equals(this)) {
            boolean downgrade = scheme.equals("https") && other.scheme.equals("http") && other.host.equals(host);
            throw new ForeignSite(toString(), other.toString(), downgrade);
        }
    }

    boolean contains(URI url) {
        return url != null && of(url).equals(this);
    }

    /** {@code scheme://host}, with the port when it is not the scheme's default. */
    @Override
    public String toString() {
        String h = host.isEmpty() ? "(no host)" : host;
        return scheme + "://" + h + (port == port(scheme, -1) ? "" : ":" + port);
    }

    private static String host(URI url) {
        String h = url.getHost();
        if (h == null && url.getRawAuthority() != null) {
            h = url.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
        }
        if (h == null) {
            return "";
        }
        try {
            return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return h.toLowerCase(Locale.ROOT);
        }
    }

    private static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }
}
