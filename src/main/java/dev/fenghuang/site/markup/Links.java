package dev.fenghuang.site.markup;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;

/**
 * Absolute URLs of link and image attributes, resolved against the page's {@code <base href>} (which jsoup makes
 * the element's base URI). Discuz pages hold a hundred relative links; jsoup's {@code absUrl} builds a
 * {@code java.net.URL} and runs a regex for each, which cost more than parsing the rest of a list item, so plain
 * cases are resolved here with a parsed base kept per site.
 */
public final class Links {
    private static final int MAX_BASES = 64;
    private static final ConcurrentHashMap<String, URI> BASES = new ConcurrentHashMap<>();

    private Links() {
    }

    /** The attribute as an absolute URL, "" for none; controls and format characters in it percent-encoded. */
    public static String absolute(Element element, String attribute) {
        return SiteText.url(resolved(element, attribute));
    }

    private static String resolved(Element element, String attribute) {
        String value = element.attr(attribute).strip();
        if (value.isEmpty()) {
            return "";
        }
        String lower = value.length() > 8 ? value.substring(0, 8).toLowerCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return value;
        }
        if (lower.indexOf(':') >= 0 || !isPlain(value) || !isPlainPath(value)) {
            return element.absUrl(attribute);
        }
        URI base = base(element.baseUri());
        if (base == null) {
            return element.absUrl(attribute);
        }
        try {
            return base.resolve(value).toString();
        } catch (IllegalArgumentException e) {
            return element.absUrl(attribute);
        }
    }

    private static URI base(String baseUri) {
        if (baseUri == null || baseUri.isEmpty()) {
            return null;
        }
        URI cached = BASES.get(baseUri);
        if (cached != null) {
            return cached;
        }
        try {
            URI parsed = URI.create(baseUri);
            if (!parsed.isAbsolute()) {
                return null;
            }
            if (BASES.size() >= MAX_BASES) {
                BASES.clear();
            }
            BASES.put(baseUri, parsed);
            return parsed;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether {@link URI#resolve} gives what jsoup's {@code absUrl} gives: not for a query alone (jsoup keeps the
     * base's file), nor where {@code URI} would normalise dot segments or empty ones differently.
     */
    private static boolean isPlainPath(String value) {
        char first = value.charAt(0);
        return first != '?' && first != '.' && !value.contains("/.") && !value.contains("//");
    }

    /**
     * Printable ASCII without the characters {@link URI} rejects, {@code %} only before two hex digits (as in
     * Discuz's attachment links); anything else goes the slow, lenient way.
     */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}' || c == '[' || c == ']') {
                return false;
            }
            if (c == '%' && !(isHex(value, i + 1) && isHex(value, i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String value, int at) {
        return at < value.length() && Character.digit(value.charAt(at), 16) >= 0;
    }
}
