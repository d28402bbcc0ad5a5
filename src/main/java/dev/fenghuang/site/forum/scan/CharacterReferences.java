package dev.fenghuang.site.forum.scan;

import org.jsoup.nodes.Entities;

/**
 * Character references in a page's text and attribute values read as jsoup's tokeniser reads them, for the few that
 * Discuz pages are full of, without building a tokeniser for each: {@code &amp;}, {@code &nbsp;}, {@code &lt;},
 * {@code &gt;}, {@code &quot;}, and an {@code &} that stands for itself, as in a link written with raw ampersands
 * ({@code forum.php?mod=redirect&goto=findpost&ptid=1&pid=2}, which templates and posted links both have): an
 * {@code &} at the end, before white space, {@code <} or {@code &}, or before a name that does not start with an entity
 * jsoup knows without a {@code ;} and has no {@code ;} after it; and a name jsoup knows written in full with its
 * {@code ;} ({@code &rsaquo;}, the breadcrumb's arrow). Anything else (a number, a known name without {@code ;}, an
 * unknown name before {@code ;}) gives null, and the caller has jsoup decode the whole string.
 */
final class CharacterReferences {
    /** The longest name jsoup knows without a {@code ;} ({@code frac12}, {@code middot}), with room to spare. */
    private static final int MAX_BASE_NAME = 8;

    private CharacterReferences() {
    }

    /** The text or attribute value decoded as jsoup decodes it, or null to leave it to jsoup. */
    static String decoded(String raw) {
        int amp = raw.indexOf('&');
        return amp < 0 ? raw : decoded(raw, amp);
    }

    /** The text decoded from its first {@code &}, at {@code amp}; null to leave it to jsoup. */
    private static String decoded(String raw, int amp) {
        StringBuilder out = new StringBuilder(raw.length());
        int copied = 0;
        for (int at = amp; at >= 0; at = raw.indexOf('&', at + 1)) {
            String name = reference(raw, at);
            if (name != null) {
                out.append(raw, copied, at).append(name.charAt(0));
                copied = at + name.length() - 1;
            } else if (!standsForItself(raw, at)) {
                int end = namedEnd(raw, at);
                if (end < 0) {
                    return null;
                }
                out.append(raw, copied, at).append(Entities.getByName(raw.substring(at + 1, end)));
                copied = end + 1;
            }
        }
        return out.append(raw, copied, raw.length()).toString();
    }

    /**
     * The reference at {@code at} as its character followed by what it spans ({@code "&amp;"} for {@code &amp;}),
     * or null for none of the plain ones, which jsoup reads alike in text and in attributes.
     */
    private static String reference(String raw, int at) {
        if (raw.startsWith("&amp;", at)) {
            return "&&amp;";
        }
        if (raw.startsWith("&nbsp;", at)) {
            return "\u00A0&nbsp;";
        }
        if (raw.startsWith("&lt;", at)) {
            return "<&lt;";
        }
        if (raw.startsWith("&gt;", at)) {
            return ">&gt;";
        }
        return raw.startsWith("&quot;", at) ? "\"&quot;" : null;
    }

    /**
     * Where the {@code ;} ends a reference by a name jsoup knows, written as ASCII letters then digits right after the
     * {@code &} at {@code at} (as jsoup's tokeniser reads a name), or -1 for anything else.
     */
    private static int namedEnd(String raw, int at) {
        int end = at + 1;
        while (end < raw.length() && isAsciiLetter(raw.charAt(end))) {
            end++;
        }
        while (end < raw.length() && raw.charAt(end) >= '0' && raw.charAt(end) <= '9') {
            end++;
        }
        if (end == at + 1 || end >= raw.length() || raw.charAt(end) != ';') {
            return -1;
        }
        return Entities.isNamedEntity(raw.substring(at + 1, end)) ? end : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether jsoup reads the {@code &} at {@code at} as itself (see the class comment). */
    static boolean standsForItself(String raw, int at) {
        int from = at + 1;
        if (from >= raw.length()) {
            return true;
        }
        char first = raw.charAt(from);
        if (first == '#') {
            return false;
        }
        if (first == ' ' || first == '\t' || first == '\n' || first == '\r' || first == '\f' || first == '<'
                || first == '&') {
            return true;
        }
        int end = from;
        while (end < raw.length() && isLetter(raw.charAt(end))) {
            end++;
        }
        while (end < raw.length() && raw.charAt(end) >= '0' && raw.charAt(end) <= '9') {
            end++;
        }
        boolean semicolon = end < raw.length() && raw.charAt(end) == ';';
        return !semicolon && !startsWithBaseName(raw, from, end);
    }

    /**
     * Whether the name, or a start of it, is one jsoup knows without a {@code ;} ({@code &ampx} reads as
     * {@code &x} in text): those are at most six letters and digits long, so longer starts are not looked up.
     */
    private static boolean startsWithBaseName(String raw, int from, int end) {
        int longest = Math.min(end, from + MAX_BASE_NAME);
        for (int to = from + 1; to <= longest; to++) {
            if (Entities.isBaseNamedEntity(raw.substring(from, to))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || Character.isLetter(c);
    }
}
