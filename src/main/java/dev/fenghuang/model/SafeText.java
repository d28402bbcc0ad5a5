package dev.fenghuang.model;

import java.nio.charset.StandardCharsets;

/**
 * The one sanitizer for text that came from elsewhere (a site, an exception quoting a site) on its way to a
 * terminal or a JSON string. {@link #strip} removes whole escape sequences (ESC and 8-bit CSI, OSC, DCS, APC, PM,
 * SOS with their payloads), the other C0 controls except line feed and tab, DEL, the C1 controls, every format
 * character (Unicode category Cf: zero-width, bidirectional embeddings, overrides and isolates, the Arabic letter
 * mark, the byte order mark, tag characters; a zero-width joiner stays only between two pictographs, where it joins an
 * emoji sequence), and turns the line and paragraph separators into line feeds and lone
 * surrogates into U+FFFD. {@link #url} keeps a URL usable but never raw: the same characters are percent-encoded.
 */
public final class SafeText {
    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char C1_CSI = 0x9B;
    private static final char C1_ST = 0x9C;
    private static final char ZWJ = '\u200D';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SafeText() {
    }

    /** The text without escape sequences, controls (but {@code \n} and {@code \t}) or format characters. */
    public static String strip(String raw) {
        if (raw == null) {
            return "";
        }
        int n = raw.length();
        int i = 0;
        while (i < n && keep(raw, i) == Keep.AS_IS) {
            i++;
        }
        if (i == n) {
            return raw;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(raw, 0, i);
        while (i < n) {
            char c = raw.charAt(i);
            if (c == ESC || c == C1_CSI || startsString(c)) {
                i = afterSequence(raw, i);
                continue;
            }
            switch (keep(raw, i)) {
                case AS_IS -> out.append(c);
                case LINE_FEED -> out.append('\n');
                case REPLACEMENT -> out.append('\uFFFD');
                case DROP -> { }
            }
            i++;
        }
        return out.toString();
    }

    /** True when {@link #strip} would give the text back unchanged. */
    public static boolean isSafe(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (keep(text, i) != Keep.AS_IS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The URL trimmed, with every character {@link #strip} would touch, and the spaces, percent-encoded (UTF-8), so
     * that nothing in it can act on a terminal; "" for null.
     */
    public static String url(String raw) {
        if (raw == null) {
            return "";
        }
        String trimmed = raw.strip();
        StringBuilder out = null;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean encode = c == ' ' || keep(trimmed, i) != Keep.AS_IS || c == '\t' || c == '\n';
            if (!encode) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(trimmed.length() + 16).append(trimmed, 0, i);
            }
            int cp = trimmed.codePointAt(i);
            if (Character.isSurrogate(c) && Character.charCount(cp) == 1) {
                cp = 0xFFFD;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i += Character.charCount(cp) - 1;
        }
        return out == null ? trimmed : out.toString();
    }

    private enum Keep { AS_IS, DROP, LINE_FEED, REPLACEMENT }

    private static Keep keep(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\n' || c == '\t' ? Keep.AS_IS : Keep.DROP;
        }
        if (c < 0x7F) {
            return Keep.AS_IS;
        }
        if (c <= 0x9F) {
            return Keep.DROP;
        }
        if (c == '\u2028' || c == '\u2029') {
            return Keep.LINE_FEED;
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                return Character.getType(s.codePointAt(i)) == Character.FORMAT ? Keep.DROP : Keep.AS_IS;
            }
            return Keep.REPLACEMENT;
        }
        if (Character.isLowSurrogate(c)) {
            if (i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                return Character.getType(s.codePointAt(i - 1)) == Character.FORMAT ? Keep.DROP : Keep.AS_IS;
            }
            return Keep.REPLACEMENT;
        }
        if (c == ZWJ) {
            return joinsPictographs(s, i) ? Keep.AS_IS : Keep.DROP;
        }
        return Character.getType(c) == Character.FORMAT ? Keep.DROP : Keep.AS_IS;
    }

    /** A zero-width joiner inside an emoji sequence (👩‍💻, ❤️‍🔥): it draws one picture, not hidden text. */
    private static boolean joinsPictographs(String s, int zwj) {
        if (zwj == 0 || zwj + 1 >= s.length()) {
            return false;
        }
        int before = s.codePointBefore(zwj);
        if (before == 0xFE0F && zwj >= 2) {
            before = s.codePointBefore(zwj - 1);
        }
        return isPictograph(before) && isPictograph(s.codePointAt(zwj + 1));
    }

    private static boolean isPictograph(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2190 && cp <= 0x21FF
                || cp >= 0x2B00 && cp <= 0x2BFF;
    }

    /** DCS, SOS, OSC, PM and APC: a string that runs to its terminator. */
    private static boolean startsString(char c) {
        return c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F;
    }

    /** The index just after the escape sequence that starts at {@code start}. */
    private static int afterSequence(String s, int start) {
        char c = s.charAt(start);
        if (c == C1_CSI) {
            return afterControlSequence(s, start + 1);
        }
        if (c != ESC) {
            return afterString(s, start + 1);
        }
        int i = start + 1;
        if (i == s.length()) {
            return i;
        }
        char next = s.charAt(i);
        if (next == '[') {
            return afterControlSequence(s, i + 1);
        }
        if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
            return afterString(s, i + 1);
        }
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2F) {
            i++;
        }
        return i < s.length() && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7E ? i + 1 : i;
    }

    /** Parameters 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E; anything else ends it early. */
    private static int afterControlSequence(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x3F) {
            i++;
        }
        return i < s.length() && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7E ? i + 1 : i;
    }

    /** Up to BEL or ST (ESC \ or 0x9C), both consumed; any other control ends it before that control. */
    private static int afterString(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char d = s.charAt(i);
            if (d == BEL || d == C1_ST) {
                return i + 1;
            }
            if (d == ESC) {
                return i + 1 < s.length() && s.charAt(i + 1) == '\\' ? i + 2 : i;
            }
            if (d < 0x20 || d >= 0x7F && d <= 0x9F) {
                return i;
            }
            i++;
        }
        return i;
    }
}
