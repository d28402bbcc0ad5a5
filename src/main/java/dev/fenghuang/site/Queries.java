package dev.fenghuang.site;

/** Appending a parameter to a URL's query, as Discuz's own scripts do. */
final class Queries {
    private Queries() {
    }

    static String append(String url, String pair) {
        return url + (url.indexOf('?') < 0 ? "?" : url.endsWith("?") || url.endsWith("&") ? "" : "&") + pair;
    }
}
