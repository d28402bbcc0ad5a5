package dev.fenghuang.http;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;

/**
 * A cookie store with a browser's limits, so that a site cannot flood it: a cookie whose name and value pass
 * {@link #MAX_COOKIE_BYTES} is refused, and a domain holds at most {@link #MAX_PER_DOMAIN} cookies weighing at
 * most {@link #MAX_BYTES_PER_DOMAIN} together. Past that,
 * the one least recently sent goes first; among cookies sent as recently, the one sent fewest times; among
 * those, when over the weight, a large one before a small one; then the oldest. A cookie set by a response counts as sent with that response's request but never sent
 * before, so a flood of new cookies pushes out its own oldest members, not the session the request carried.
 */
public class BoundedCookieStore extends BasicCookieStore {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Name and value, in UTF-8 bytes, as browsers count them. */
    public static final int MAX_COOKIE_BYTES = 4096;
    /** Cookies one domain may keep (browsers keep 50 to 180; a Discuz site sets fewer than ten). */
    public static final int MAX_PER_DOMAIN = 50;
    /**
     * What one domain's cookies may weigh together (name, value and {@code "=; "}): the {@code Cookie} header
     * stays under the 8 KB a header line may have on nginx and Apache by default, past which the site answers
     * 400 and the session is lost. A Discuz site's cookies weigh under 1 KB.
     */
    public static final int MAX_BYTES_PER_DOMAIN = 7 * 1024;
    /** A session cookie's size at most (a Discuz auth cookie has about 150 bytes); larger ones go first. */
    static final int SMALL_COOKIE_BYTES = 512;

    /** Identity of a cookie as HttpClient has it: name, domain, path. */
    record Key(String name, String domain, String path) {
        static Key of(Cookie c) {
            return new Key(c.getName(), domainOf(c), c.getPath() == null ? "/" : c.getPath());
        }

        // equals and hashCode as a record's, written out: the generated ones link a method handle at their first
        // call, on the way to the first page of every run (the first answer's cookies are kept here)
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(name, k.name)
                    && java.util.Objects.equals(domain, k.domain) && java.util.Objects.equals(path, k.path);
        }

        @Override
        public int hashCode() {
            return (java.util.Objects.hashCode(name) * 31 + java.util.Objects.hashCode(domain)) * 31
                    + java.util.Objects.hashCode(path);
        }

        @Override
        public String toString() {
            return "Key[name=" + name + ", domain=" + domain + ", path=" + path + "]";
        }
    }

    /** When a cookie was last sent (a tick of this store), how often, and when it was set. */
    private static final class Use {
        long lastTick;
        long sends;
        long setTick;
    }

    private final transient Map<Key, Use> uses = new HashMap<>();
    private transient long tick;
    private transient long lastSentTick;

    @Override
    public synchronized void addCookie(Cookie cookie) {
        if (cookie == null || bytes(cookie) > MAX_COOKIE_BYTES) {
            return;
        }
        super.addCookie(cookie);
        Key key = Key.of(cookie);
        if (cookie.isExpired(Instant.now())) {
            uses.remove(key);
            changed(key, null);
            return;
        }
        Use use = uses.computeIfAbsent(key, k -> new Use());
        use.setTick = ++tick;
        use.lastTick = Math.max(use.lastTick, lastSentTick);
        changed(key, cookie);
        evictOver(key.domain());
    }

    /** Notes that the cookies named were sent to {@code host} in one request (for choosing which go first). */
    public synchronized void sent(String host, List<String> names) {
        long now = ++tick;
        lastSentTick = now;
        String h = host.toLowerCase(Locale.ROOT);
        for (Cookie c : super.getCookies()) {
            String d = domainOf(c);
            if (names.contains(c.getName()) && (h.equals(d) || h.endsWith("." + d))) {
                Use use = uses.computeIfAbsent(Key.of(c), k -> new Use());
                use.lastTick = now;
                use.sends++;
            }
        }
    }

    private void evictOver(String domain) {
        List<Cookie> same = new ArrayList<>();
        for (Cookie c : super.getCookies()) {
            if (domainOf(c).equals(domain)) {
                same.add(c);
            }
        }
        long weight = same.stream().mapToLong(c -> bytes(c) + 3).sum();
        while (same.size() > MAX_PER_DOMAIN || weight > MAX_BYTES_PER_DOMAIN) {
            Cookie victim = same.stream().min(evictionOrder(weight > MAX_BYTES_PER_DOMAIN)).orElseThrow();
            same.remove(victim);
            remove(victim);
            weight -= bytes(victim) + 3;
        }
    }

    /**
     * Which cookie goes first: the least recently sent, then the one sent fewest times; among those, when the
     * domain is over its weight, a large one before a small one (a flood of large cookies in a first answer,
     * before anything was sent, must not push out the site's small session cookies set with it), then the oldest.
     */
    private Comparator<Cookie> evictionOrder(boolean overWeight) {
        Use none = new Use();
        Comparator<Cookie> order = Comparator.<Cookie>comparingLong(c -> uses.getOrDefault(Key.of(c), none).lastTick)
                .thenComparingLong(c -> uses.getOrDefault(Key.of(c), none).sends);
        if (overWeight) {
            order = order.thenComparing(c -> bytes(c) <= SMALL_COOKIE_BYTES, Boolean::compare);
        }
        return order.thenComparingLong(c -> uses.getOrDefault(Key.of(c), none).setTick);
    }

    /** Removes one cookie (HttpClient removes by adding an expired cookie of the same identity). */
    private void remove(Cookie victim) {
        org.apache.hc.client5.http.impl.cookie.BasicClientCookie gone =
                new org.apache.hc.client5.http.impl.cookie.BasicClientCookie(victim.getName(), "");
        gone.setDomain(victim.getDomain());
        gone.setPath(victim.getPath());
        gone.setExpiryDate(Instant.EPOCH);
        super.addCookie(gone);
        Key key = Key.of(victim);
        uses.remove(key);
        changed(key, null);
    }

    @Override
    public synchronized boolean clearExpired(Instant now) {
        List<Key> expired = new ArrayList<>();
        for (Cookie c : super.getCookies()) {
            if (c.isExpired(now)) {
                expired.add(Key.of(c));
            }
        }
        boolean removed = super.clearExpired(now);
        for (Key k : expired) {
            uses.remove(k);
            changed(k, null);
        }
        return removed;
    }

    @Override
    public boolean clearExpired(Date date) {
        return clearExpired(date == null ? Instant.now() : date.toInstant());
    }

    @Override
    public synchronized void clear() {
        super.clear();
        uses.clear();
        clearedAll();
    }

    /** How many cookies the store holds for {@code domain}. */
    public int count(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return (int) getCookies().stream().filter(c -> domainOf(c).equals(d)).count();
    }

    /** Hook for a store that keeps its cookies somewhere: {@code key} was set to {@code cookie} (null: removed). */
    void changed(Key key, Cookie cookie) {
        Objects.requireNonNull(key);
    }

    /** Hook for a store that keeps its cookies somewhere: every cookie was dropped. */
    void clearedAll() {
        // a store in memory only has nothing to record
    }

    /** Replaces the content without recording changes (a store re-reading its file). */
    synchronized void replaceAll(List<Cookie> cookies) {
        super.clear();
        for (Cookie c : cookies) {
            super.addCookie(c);
        }
        uses.keySet().retainAll(cookies.stream().map(Key::of).toList());
    }

    static String domainOf(Cookie c) {
        String d = c.getDomain() == null ? "" : c.getDomain().toLowerCase(Locale.ROOT);
        return d.startsWith(".") ? d.substring(1) : d;
    }

    private static int bytes(Cookie c) {
        return c.getName().getBytes(StandardCharsets.UTF_8).length
                + (c.getValue() == null ? 0 : c.getValue().getBytes(StandardCharsets.UTF_8).length);
    }
}
