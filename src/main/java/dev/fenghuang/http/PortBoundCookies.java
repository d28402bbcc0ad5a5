package dev.fenghuang.http;

import java.util.List;
import java.util.Set;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieOrigin;
import org.apache.hc.client5.http.cookie.CookieSpec;
import org.apache.hc.client5.http.cookie.CookieSpecFactory;
import org.apache.hc.client5.http.cookie.MalformedCookieException;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.apache.hc.client5.http.impl.cookie.RFC6265CookieSpecFactory;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's relaxed cookie handling, with cookies bound to the port that set them. RFC 6265 scopes a cookie
 * by host only, so a site's session cookie would go to any other port of its host that a redirect leads to; here
 * each cookie remembers its port ({@link #PORT}) and is sent to that port only. A cookie that does not know its
 * port (one read from a jar written before ports were kept) goes wherever its host matches, as before. A cookie
 * whose domain is a public suffix is never sent, as HttpClient's own filter would do, but with the list read as
 * needed ({@link PublicSuffixes}) rather than held.
 */
final class PortBoundCookies implements CookieSpec {
    /** The attribute holding the port a cookie was set by (a decimal number). */
    static final String PORT = "fenghuang-port";

    /** Domains HttpClient's filter lets a cookie have without asking the list. */
    private static final Set<String> LOCAL = Set.of(".localhost.", ".test.", ".local.", ".local", ".localdomain");

    private final CookieSpec relaxed;

    private PortBoundCookies(CookieSpec relaxed) {
        this.relaxed = relaxed;
    }

    /** The registry to give HttpClient: its relaxed spec, bound to ports. */
    static Lookup<CookieSpecFactory> registry() {
        CookieSpecFactory relaxed = new RFC6265CookieSpecFactory(RFC6265CookieSpecFactory.CompatibilityLevel.RELAXED,
                null);
        CookieSpecFactory bound = context -> new PortBoundCookies(relaxed.create(context));
        return RegistryBuilder.<CookieSpecFactory>create()
                .register(StandardCookieSpec.RELAXED, bound)
                .register(StandardCookieSpec.STRICT, bound)
                .build();
    }

    /** Records on {@code cookie} the port it belongs to. */
    static void bind(BasicClientCookie cookie, int port) {
        cookie.setAttribute(PORT, Integer.toString(port));
    }

    /** The port {@code cookie} belongs to, or -1 when it does not say. */
    static int portOf(Cookie cookie) {
        String port = cookie.getAttribute(PORT);
        if (port == null) {
            return -1;
        }
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public List<Cookie> parse(Header header, CookieOrigin origin) throws MalformedCookieException {
        List<Cookie> cookies = relaxed.parse(header, origin);
        for (Cookie c : cookies) {
            if (c instanceof BasicClientCookie basic) {
                bind(basic, origin.getPort());
            }
        }
        return cookies;
    }

    @Override
    public void validate(Cookie cookie, CookieOrigin origin) throws MalformedCookieException {
        relaxed.validate(cookie, origin);
    }

    @Override
    public boolean match(Cookie cookie, CookieOrigin origin) {
        int port = portOf(cookie);
        return !forPublicSuffix(cookie, origin) && relaxed.match(cookie, origin)
                && (port < 0 || port == origin.getPort());
    }

    /** HttpClient's PublicSuffixDomainFilter: a cookie whose domain fails the list's check matches nothing. */
    private static boolean forPublicSuffix(Cookie cookie, CookieOrigin origin) {
        String host = cookie.getDomain();
        if (host == null) {
            return true;
        }
        int dot = host.indexOf('.');
        boolean exempt = dot >= 0 ? LOCAL.contains(host.substring(dot)) : host.equalsIgnoreCase(origin.getHost());
        return !exempt && !PublicSuffixes.SHARED.forNames(List.of(host)).verify(host);
    }

    @Override
    public List<Header> formatCookies(List<Cookie> cookies) {
        return relaxed.formatCookies(cookies);
    }
}
