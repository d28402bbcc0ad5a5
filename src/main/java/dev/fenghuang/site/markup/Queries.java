package dev.fenghuang.site.markup;

/** Appending a parameter to a URL's query, as Discuz's own scripts do. */
public final class Queries {
    private Queries() {
    }

    public static String append(String url, String pair) {
        return url + (url.indexOf('?') < 0 ? "?" : url.endsWith("?") || url.endsWith("&") ? "" : "&") + pair;
    }
}
