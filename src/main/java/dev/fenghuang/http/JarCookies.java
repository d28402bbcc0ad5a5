package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;

/**
 * The client's cookie jar seen from the requests: which cookies a request carried (so a bounded store evicts the
 * unused first), one write of a file-backed jar after each response, cookies taken from a browser, and the jar
 * emptied on sign-out. Values are never logged.
 */
final class JarCookies {
    /** How long cookies taken from a browser are kept. */
    private static final Duration IMPORTED_LIFETIME = Duration.ofDays(30);

    private final CookieStore store;

    JarCookies(CookieStore store) {
        this.store = store;
    }

    CookieStore store() {
        return store;
    }

    /** Before a request leaves: which of the store's cookies it carries (the store evicts the unused first). */
    void noteSent(HttpRequest request) {
        if (!(store instanceof BoundedCookieStore bounded)) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Header h : request.getHeaders("Cookie")) {
            for (String part : h.getValue().split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    names.add(part.substring(0, eq).strip());
                }
            }
        }
        if (!names.isEmpty() && request.getAuthority() != null) {
            bounded.sent(request.getAuthority().getHostName(), names);
        }
    }

    /** After a response's cookies are taken: one write of the jar, whatever number of cookies came. */
    void save() {
        if (store instanceof CookieFile file) {
            file.flush();
        }
    }

    /** The value of the first unexpired cookie whose name ends with {@code suffix}. */
    Optional<String> endingWith(String suffix) {
        return endingWith(store, suffix);
    }

    /** The value of {@code store}'s first unexpired cookie whose name ends with {@code suffix}. */
    static Optional<String> endingWith(CookieStore store, String suffix) {
        Date now = new Date();
        return store.getCookies().stream()
                .filter(c -> c.getName().endsWith(suffix) && !c.isExpired(now))
                .map(Cookie::getValue)
                .findFirst();
    }

    /**
     * Takes cookies copied from a browser ({@code name=value; name2=value2}) for the site's host, port and path
     * {@code /}; returns how many were taken.
     */
    int take(URI site, String cookieHeader) {
        int taken = 0;
        for (String part : cookieHeader.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            BasicClientCookie c = new BasicClientCookie(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            c.setDomain(site.getHost());
            c.setAttribute("domain", site.getHost());
            c.setPath("/");
            PortBoundCookies.bind(c, portOf(site));
            c.setExpiryDate(Instant.now().plus(IMPORTED_LIFETIME));
            store.addCookie(c);
            taken++;
        }
        save();
        return taken;
    }

    /** Empties the jar; a file-backed one is deleted. */
    void clear() throws IOException {
        if (store instanceof CookieFile file) {
            file.delete();
        } else {
            store.clear();
        }
    }

    private static int portOf(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
