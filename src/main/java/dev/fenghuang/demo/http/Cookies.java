package dev.fenghuang.demo.http;

import dev.fenghuang.demo.SiteSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Reads request cookies and writes the {@code Set-Cookie} values of 1.4 in PHP's format. */
public final class Cookies {
    public static final long THIRTY_DAYS = 2_592_000;
    public static final long ONE_DAY = 86_400;
    public static final long ONE_HOUR = 3_600;
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final DateTimeFormatter EXPIRES =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private Cookies() {
    }

    static Map<String, String> parse(List<String> headers) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                }
            }
        }
        return cookies;
    }

    /** One {@code Set-Cookie} value: {@code NAME=VALUE; expires=…; Max-Age=N; path=/[; HttpOnly]}. */
    public static String set(String name, String value, long maxAge, boolean httpOnly, long now) {
        return name + "=" + value + "; expires=" + EXPIRES.format(Instant.ofEpochSecond(now + maxAge))
                + "; Max-Age=" + maxAge + "; path=/" + (httpOnly ? "; HttpOnly" : "");
    }

    /** A session cookie: {@code NAME=VALUE; path=/[; HttpOnly]}. */
    public static String session(String name, String value, boolean httpOnly) {
        return name + "=" + value + "; path=/" + (httpOnly ? "; HttpOnly" : "");
    }

    /** A deletion as PHP sends it on X3.5: {@code NAME=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/}. */
    public static String delete(String name) {
        return name + "=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/";
    }

    /** The cookies a page answer sets: the first-visit set, then {@code lastact} on every page. */
    public static List<String> forPage(Visit visit, String script, String mod) {
        SiteSettings site = visit.site();
        String pre = site.cookiePrefix();
        long now = site.now();
        List<String> values = new ArrayList<>();
        if (visit.newVisitor()) {
            values.add(set(pre + "saltkey", visit.saltkey(), THIRTY_DAYS, true, now));
            values.add(set(pre + "lastvisit", String.valueOf(now - 3600), THIRTY_DAYS, false, now));
        }
        if (!visit.request().cookies().containsKey(pre + "sid")) {
            values.add(set(pre + "sid", random(6, new Random()), ONE_DAY, false, now));
        }
        values.add(set(pre + "lastact", now + "%09" + script + "%09" + mod, ONE_DAY, false, now));
        return values;
    }

    /** {@code n} random letters and digits. */
    public static String random(int n, Random random) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return s.toString();
    }
}
