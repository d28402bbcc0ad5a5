package dev.fenghuang.tui.screen;

import java.nio.charset.Charset;

/**
 * Encodes characters outside the Basic Multilingual Plane (emoji, CJK Extension B and beyond) whole. Lanterna's
 * stream terminals encode text one UTF-16 unit at a time, and a surrogate half alone encodes as "?"; this holds a
 * high surrogate back until its low half arrives and then gives the bytes of the pair.
 */
final class SurrogatePairs {
    private static final byte[] NOTHING = new byte[0];

    private final Charset charset;
    private char pendingHigh;

    SurrogatePairs(Charset charset) {
        this.charset = charset;
    }

    /**
     * The bytes for one UTF-16 unit, or null when it is an ordinary character the terminal encodes itself. A high
     * surrogate gives no bytes yet; the low one after it gives the pair's; a half without its other half gives "?".
     */
    synchronized byte[] encode(char c) {
        if (Character.isHighSurrogate(c)) {
            byte[] orphan = pendingHigh != 0 ? "?".getBytes(charset) : NOTHING;
            pendingHigh = c;
            return orphan;
        }
        if (Character.isLowSurrogate(c)) {
            if (pendingHigh == 0) {
                return "?".getBytes(charset);
            }
            String pair = new String(new char[] {pendingHigh, c});
            pendingHigh = 0;
            return pair.getBytes(charset);
        }
        if (pendingHigh != 0) {
            pendingHigh = 0;
            byte[] ownBytes = String.valueOf(c).getBytes(charset);
            byte[] out = new byte[ownBytes.length + 1];
            out[0] = '?';
            System.arraycopy(ownBytes, 0, out, 1, ownBytes.length);
            return out;
        }
        return null;
    }
}
