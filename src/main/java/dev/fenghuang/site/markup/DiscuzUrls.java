package dev.fenghuang.site.markup;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discuz! portal URLs: builds the ones the client requests from the site root, and reads ids back out of the
 * dynamic ({@code portal.php?mod=view&aid=N}) and rewritten ({@code article-N-P.html}) link forms.
 */
public final class DiscuzUrls {
    private static final Pattern REWRITTEN_ARTICLE = Pattern.compile("(?:^|/)article-(\\d+)-(\\d+)\\.html");
    private static final Pattern REWRITTEN_LIST = Pattern.compile("(?:^|/)list-(\\d+)(?:-(\\d+))?\\.html");
    private static final Pattern STATIC_ARTICLE = Pattern.compile("/article/(?:[^?#]*/)?(\\d+)\\.html?$");

    private final URI base;
    private final Charset charset;

    /**
     * @param base the site root ({@code SITE}); a missing trailing slash is added
     * @param charset the site charset, used to percent-encode text in query values
     */
    public DiscuzUrls(URI base, Charset charset) {
        String text = base.toString();
        this.base = text.endsWith("/") ? base : URI.create(text + "/");
        this.charset = charset;
    }

    public URI base() {
        return base;
    }

    /** The portal front page, {@code portal.php}. */
    public URI index() {
        return base.resolve("portal.php");
    }

    /** {@code portal.php?mod=list&catid=N[&page=P]}. */
    public URI list(int catid, int page) {
        return base.resolve("portal.php?mod=list&catid=" + catid + pageSuffix(page));
    }

    /** {@code portal.php?mod=view&aid=N[&page=P]}. */
    public URI article(long aid, int page) {
        return base.resolve("portal.php?mod=view&aid=" + aid + pageSuffix(page));
    }

    /** {@code portal.php?mod=comment&id=AID&idtype=aid[&page=P]}. */
    public URI comments(long aid, int page) {
        return base.resolve("portal.php?mod=comment&id=" + aid + "&idtype=aid" + pageSuffix(page));
    }

    /** Percent-encodes a query value in the site charset, as a browser on one of its pages would. */
    public String encode(String value) {
        return URLEncoder.encode(value, charset);
    }

    private static String pageSuffix(int page) {
        return page > 1 ? "&page=" + page : "";
    }

    /** The article id a link points to ({@code mod=view&aid=}, {@code article-AID-P.html}, static file); 0 if none. */
    public static long aid(String href) {
        if (href == null || href.isEmpty()) {
            return 0;
        }
        String url = href.replace("&amp;", "&");
        String mod = param(url, "mod");
        if ("view".equals(mod)) {
            return number(param(url, "aid"));
        }
        Matcher rewritten = REWRITTEN_ARTICLE.matcher(url);
        if (rewritten.find()) {
            return number(rewritten.group(1));
        }
        if (mod == null) {
            Matcher fixed = STATIC_ARTICLE.matcher(withoutQuery(url));
            if (fixed.find()) {
                return number(fixed.group(1));
            }
        }
        return 0;
    }

    /**
     * The category id of a category link ({@code mod=list&catid=}, {@code mod=rss&catid=}, {@code list-N.html}); 0 if
     * none, also for a number past the largest int, which no category has.
     */
    public static int catid(String href) {
        if (href == null || href.isEmpty()) {
            return 0;
        }
        String url = href.replace("&amp;", "&");
        String mod = param(url, "mod");
        if (url.contains("portal.php") && ("list".equals(mod) || "rss".equals(mod))) {
            return intOrNone(number(param(url, "catid")));
        }
        Matcher rewritten = REWRITTEN_LIST.matcher(withoutQuery(url));
        return rewritten.find() ? intOrNone(number(rewritten.group(1))) : 0;
    }

    /** The {@code page} of a link (query or rewritten article form); 0 if it names none. */
    public static int page(String href) {
        if (href == null) {
            return 0;
        }
        String url = href.replace("&amp;", "&");
        long page = number(param(url, "page"));
        if (page == 0) {
            Matcher rewritten = REWRITTEN_ARTICLE.matcher(url);
            if (rewritten.find()) {
                page = number(rewritten.group(2));
            }
        }
        return (int) Math.min(page, Integer.MAX_VALUE);
    }

    private static int intOrNone(long id) {
        return id <= Integer.MAX_VALUE ? (int) id : 0;
    }

    /** A query parameter's raw value, or null. Accepts {@code &amp;} as the separator as well. */
    public static String param(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        int end = url.indexOf('#', query);
        String q = url.substring(query + 1, end < 0 ? url.length() : end).replace("&amp;", "&");
        for (int from = 0; from <= q.length(); ) {
            int to = q.indexOf('&', from);
            to = to < 0 ? q.length() : to;
            int eq = q.indexOf('=', from);
            if (eq > from && eq < to && eq - from == name.length() && q.regionMatches(from, name, 0, name.length())) {
                return q.substring(eq + 1, to);
            }
            from = to + 1;
        }
        return null;
    }

    private static String withoutQuery(String url) {
        int cut = url.indexOf('?');
        int hash = url.indexOf('#');
        if (cut < 0 || (hash >= 0 && hash < cut)) {
            cut = hash;
        }
        return cut < 0 ? url : url.substring(0, cut);
    }

    /** Leading decimal digits as a number; 0 when there are none or too many. */
    public static long number(String text) {
        if (text == null) {
            return 0;
        }
        long value = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (++digits > 18) {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
