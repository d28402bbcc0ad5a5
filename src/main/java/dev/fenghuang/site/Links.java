package dev.fenghuang.site;

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
        if (lower.indexOf(':') >= 0 || value.startsWith("//") || !isPlain(value)) {
            return element.absUrl(attribute);
        }
        URI base = base(element.baseUri());
        return base == null ? element.absUrl(attribute) : base.resolve(value).toString();
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

    /** Printable ASCII without the characters {@link URI} rejects; anything else goes the slow, lenient way. */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}' || c == '%' || c == '[' || c == ']') {
                return false;
            }
        }
        return true;
    }
}
