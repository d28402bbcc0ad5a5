package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's cookie jar seen from the requests: which cookies a request carried (so a bounded store evicts the
 * unused first), the writes of a file-backed jar after the responses, cookies taken from a browser, and the jar
 * emptied on sign-out. Values are never logged.
 */
final class JarCookies {
    private static final Logger log = LoggerFactory.getLogger(JarCookies.class);
    /** How long cookies taken from a browser are kept. */
    private static final Duration IMPORTED_LIFETIME = Duration.ofDays(30);
    /**
     * How long a response's cookies that only set again those the file holds wait to be written: off the way from the
     * answer to the page shown, and one write for the answers of that time.
     */
    static final Duration SET_AGAIN_WRITE_DELAY = Duration.ofSeconds(1);

    private final CookieStore store;
    private final ScheduledExecutorService later;
    private final Duration delay;
    private final AtomicBoolean writeWaits = new AtomicBoolean();

    /**
     * @param later where the writes of cookies set again wait ({@link #saveAfterAnswer})
     * @param delay how long they wait ({@link #SET_AGAIN_WRITE_DELAY})
     */
    JarCookies(CookieStore store, ScheduledExecutorService later, Duration delay) {
        this.store = store;
        this.later = later;
        this.delay = delay;
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

    /** Writes a file-backed jar now: every change, whatever number of cookies came. */
    void save() {
        if (store instanceof CookieFile file) {
            file.flush();
        }
    }

    /**
     * After a response's cookies are taken, on the thread waiting for its body: a file-backed jar is written at once
     * when a cookie came or went (a sign-in, a sign-out), but when the answer only set again cookies the file holds
     * (Discuz's {@code lastact} on every page, a new value each second), the write waits {@link
     * #SET_AGAIN_WRITE_DELAY} on {@code later}, taking whatever came meanwhile: writing the file (~0.1 ms of CPU and
     * up to ~0.5 ms on a busy machine) was on the way to every page read a second after the one before (issue 13).
     * Closing the client writes what waits.
     */
    void saveAfterAnswer() {
        if (!(store instanceof CookieFile file)) {
            return;
        }
        if (!file.onlySetsAgainWhatItHolds()) {
            file.flush();
            return;
        }
        if (writeWaits.compareAndSet(false, true)) {
            try {
                later.schedule(() -> writeWaiting(file), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closed) {
                writeWaits.set(false);
                file.flush();
            }
        }
    }

    private void writeWaiting(CookieFile file) {
        writeWaits.set(false);
        try {
            file.flush();
        } catch (RuntimeException e) { // a periodic task's exception would be dropped unseen
            log.warn("cannot save the cookies: {}", e.getMessage());
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
