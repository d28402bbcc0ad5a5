package dev.fenghuang.http;

import java.net.IDN;

/**
 * {@link IDN}'s conversions of a host name, without IDN for the names it would give back as they are: its first use
 * reads the Unicode tables of stringprep, ~7 ms of CPU (and tens of milliseconds of waiting on a busy machine) on
 * the way to the first page, for sites that nearly all have plain ASCII names.
 */
public final class HostNames {
    /** The longest label IDN takes (RFC 3490). */
    private static final int MAX_LABEL = 63;

    private HostNames() {
    }

    /**
     * {@link IDN#toASCII(String, int) IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)}: punycode for a Unicode name.
     *
     * @throws IllegalArgumentException where IDN does (an empty or too long label, a name it cannot convert)
     */
    public static String toAscii(String host) {
        return plainLabels(host) ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    }

    /** {@link IDN#toUnicode(String) IDN.toUnicode(host)}: a punycode ({@code xn--}) label shown as it is written. */
    public static String toUnicode(String host) {
        return toUnicode(host, 0);
    }

    /** {@link IDN#toUnicode(String, int) IDN.toUnicode(host, flags)}, without IDN for a plain ASCII name. */
    public static String toUnicode(String host, int flags) {
        return plainLabels(host) && !host.regionMatches(true, 0, "xn--", 0, 4) && !containsIgnoreCase(host, ".xn--")
                ? host : IDN.toUnicode(host, flags);
    }

    /** Whether the name is ASCII and each of its dot-separated labels from 1 to 63 characters long. */
    private static boolean plainLabels(String host) {
        int label = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if (++label > MAX_LABEL) {
                return false;
            }
        }
        return label > 0;
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
