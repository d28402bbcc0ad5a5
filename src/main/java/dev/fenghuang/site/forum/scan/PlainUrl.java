package dev.fenghuang.site.forum.scan;

/**
 * An absolute {@code http} or {@code https} URL written so plainly that jsoup's {@code absUrl} gives it back as it
 * is, told by its characters without {@code java.net.URL}: the lower-case scheme, {@code //}, a host of lower-case
 * letters, digits, dots and hyphens, an optional port (no leading zero, at most 65535) and a path of letters, digits
 * and {@code / _ - ~ .} with no segment starting with a dot. Anything else (a query, a fragment, an escape, upper
 * case, a dot segment) is left to jsoup.
 */
final class PlainUrl {
    private static final int MAX_PORT = 65535;

    private PlainUrl() {
    }

    /** Whether {@code url} is such a URL, which resolves to itself against any base. */
    static boolean isPlainAbsolute(String url) {
        int at = url.startsWith("http://") ? 7 : url.startsWith("https://") ? 8 : -1;
        if (at < 0) {
            return false;
        }
        int host = at;
        while (at < url.length() && isHostChar(url.charAt(at))) {
            at++;
        }
        if (at == host) {
            return false;
        }
        if (at < url.length() && url.charAt(at) == ':') {
            at = portEnd(url, at + 1);
            if (at < 0) {
                return false;
            }
        }
        return isPlainPath(url, at);
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    /** The index after a port starting at {@code from}, or -1 where it is not a plain one. */
    private static int portEnd(String url, int from) {
        int at = from;
        int port = 0;
        while (at < url.length() && url.charAt(at) >= '0' && url.charAt(at) <= '9' && at - from < 5) {
            port = port * 10 + url.charAt(at) - '0';
            at++;
        }
        boolean plain = at > from && url.charAt(from) != '0' && port <= MAX_PORT
                && (at == url.length() || url.charAt(at) == '/');
        return plain ? at : -1;
    }

    /** Whether the rest from {@code from} is empty or a path of plain characters without dot segments. */
    private static boolean isPlainPath(String url, int from) {
        if (from == url.length()) {
            return true;
        }
        if (url.charAt(from) != '/') {
            return false;
        }
        for (int at = from; at < url.length(); at++) {
            char c = url.charAt(at);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/'
                    || c == '_' || c == '-' || c == '~' || c == '.' && url.charAt(at - 1) != '/';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
