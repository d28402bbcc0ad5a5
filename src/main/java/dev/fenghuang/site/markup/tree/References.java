package dev.fenghuang.site.markup.tree;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Character references in text and attribute values, decoded as jsoup's tokenizer decodes them. The forms a Discuz
 * page is made of are read here: a named reference from a short list ended by {@code ;}, a decimal or hex
 * reference to an ordinary character, a bare {@code &} before a name no entity starts (as in {@code &catid=3}), and
 * in an attribute value a bare {@code &} before any name but a few old entities' (as in {@code &ac=comment}). Any
 * other string goes whole to jsoup's own decoder, which builds a tokenizer per call and cost a third of a page's
 * tree.
 */
final class References {
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("nbsp", "\u00A0"), Map.entry("rsaquo", "\u203A"),
            Map.entry("lsaquo", "\u2039"), Map.entry("raquo", "\u00BB"), Map.entry("laquo", "\u00AB"),
            Map.entry("copy", "\u00A9"), Map.entry("middot", "\u00B7"), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"));

    /**
     * Names read before after a bare {@code &} (a URL's {@code &catid=3}), and whether jsoup would leave the
     * {@code &} as it is there: a page repeats a few dozen, and jsoup's entity lookups cost more than the rest of a
     * reference. At most {@value #MOST_REMEMBERED} names are remembered.
     */
    private static final ConcurrentHashMap<String, Boolean> PLAIN_AMPERSAND = new ConcurrentHashMap<>();
    static final int MOST_REMEMBERED = 512;

    private References() {
    }

    static String decode(String raw, boolean inAttribute) {
        int amp = raw.indexOf('&');
        if (amp < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        while (amp >= 0) {
            out.append(raw, from, amp);
            int end = reference(raw, amp + 1, inAttribute, out);
            if (end < 0) {
                return Parser.unescapeEntities(raw, inAttribute);
            }
            from = end;
            amp = raw.indexOf('&', from);
        }
        return out.append(raw, from, raw.length()).toString();
    }

    /**
     * Appends what the reference after the {@code &} at {@code at - 1} stands for; gives the index after it, or -1
     * when the form is not one read here.
     */
    private static int reference(String raw, int at, boolean inAttribute, StringBuilder out) {
        if (at >= raw.length()) {
            out.append('&');
            return at;
        }
        char c = raw.charAt(at);
        if (c == '#') {
            return numeric(raw, at + 1, out);
        }
        if (!isLetter(c)) {
            out.append('&');
            return at;
        }
        int end = at;
        while (end < raw.length() && isLetter(raw.charAt(end))) {
            end++;
        }
        while (end < raw.length() && isDigit(raw.charAt(end))) {
            end++;
        }
        String name = raw.substring(at, end);
        boolean closed = end < raw.length() && raw.charAt(end) == ';';
        String known = closed ? NAMED.get(name) : null;
        if (known != null) {
            out.append(known);
            return end + 1;
        }
        if (!closed && inAttribute && end < raw.length() && raw.charAt(end) >= 0x80) {
            return -1; // jsoup reads letters and digits beyond ASCII into the name
        }
        if (!closed && (inAttribute ? isPlainInAttribute(name, end < raw.length() ? raw.charAt(end) : 0)
                : isPlainAmpersand(name))) {
            out.append('&');
            return at;
        }
        return -1;
    }

    /**
     * Whether an {@code &} before {@code name} in an attribute value, with {@code next} after the name and no
     * {@code ;}, stays an {@code &} for jsoup's tokenizer: unless the name is one of the entities a page may write
     * without {@code ;} ({@code &copy}) and no letter, digit, {@code =}, {@code -} or {@code _} follows it. A link's
     * {@code &ac=comment} is one; jsoup's own decoder, which builds a tokenizer, loaded ~100 classes for it on the
     * way to the first article from a site.
     */
    static boolean isPlainInAttribute(String name, char next) {
        return !Entities.isBaseNamedEntity(name) || isLetter(next) || isDigit(next) || next == '=' || next == '-'
                || next == '_';
    }

    /** Whether an {@code &} before {@code name}, with no {@code ;} after it, stays an {@code &} for jsoup. */
    static boolean isPlainAmpersand(String name) {
        Boolean plain = PLAIN_AMPERSAND.get(name);
        if (plain == null) {
            plain = !Entities.isNamedEntity(name) && Entities.findPrefix(name).isEmpty();
            if (PLAIN_AMPERSAND.size() < MOST_REMEMBERED) {
                PLAIN_AMPERSAND.put(name, plain);
            }
        }
        return plain;
    }

    private static int numeric(String raw, int at, StringBuilder out) {
        boolean hex = at < raw.length() && (raw.charAt(at) == 'x' || raw.charAt(at) == 'X');
        int start = hex ? at + 1 : at;
        int end = start;
        int value = 0;
        while (end < raw.length() && end - start < 7) {
            int digit = Character.digit(raw.charAt(end), hex ? 16 : 10);
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + digit;
            end++;
        }
        if (end == start || end >= raw.length() || raw.charAt(end) != ';' || !isPlain(value)) {
            return -1;
        }
        out.append((char) value);
        return end + 1;
    }

    /** A character no replacement rule of the HTML parser touches. */
    private static boolean isPlain(int value) {
        return value >= 0x20 && value < 0x7F || value >= 0xA0 && value < 0xD800 || value >= 0xE000 && value < 0xFFFE;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
