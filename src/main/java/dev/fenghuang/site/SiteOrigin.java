package dev.fenghuang.site;

import dev.fenghuang.http.HostNames;
import dev.fenghuang.model.ForeignSite;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configured site's origin: scheme, host and port of the profile's base URL. Credentials, security answers
 * and form hashes go nowhere else; a host written differently (case, the default port spelled out, Unicode or
 * punycode) is the same origin.
 */
record SiteOrigin(String scheme, String host, int port) {
    /** {@code [userinfo@]host[:port]}. */
    private static final Pattern AUTHORITY = Pattern.compile("(?:.*@)?([^@:]*)(?::(\\d{1,5}))?");

    static SiteOrigin of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost();
        int port = url.getPort();
        if (host == null && url.getRawAuthority() != null) {
            // A Unicode host makes the authority registry-based: java.net.URI parses neither host nor port.
            Matcher m = AUTHORITY.matcher(url.getRawAuthority());
            if (m.matches()) {
                host = m.group(1);
                port = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
            }
        }
        return new SiteOrigin(scheme, ascii(host), port(scheme, port));
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

    // equals and hashCode as a record's, written out: the generated ones link a method handle at their first call
    // (java.lang.runtime.ObjectMethods), and this is the first record compared on the way to the reader's first
    // frame, ~20 ms of CPU on the thread asking who is logged in (issue 13).

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteOrigin other && port == other.port && scheme.equals(other.scheme)
                && host.equals(other.host);
    }

    @Override
    public int hashCode() {
        return (scheme.hashCode() * 31 + host.hashCode()) * 31 + port;
    }

    /** {@code scheme://host}, with the port when it is not the scheme's default. */
    @Override
    public String toString() {
        String h = host.isEmpty() ? "(no host)" : host;
        return scheme + "://" + h + (port == port(scheme, -1) ? "" : ":" + port);
    }

    private static String ascii(String h) {
        if (h == null) {
            return "";
        }
        try {
            return HostNames.toAscii(h).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // Not a host name at all; shown in messages, so nothing but plain letters survives.
            return h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.\\-\\[\\]]", "?");
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
