package dev.fenghuang.tui.screen;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a stream terminal sends for each UTF-16 unit it is given: in UTF-8, worked out directly; a pair of
 * surrogates whole ({@link SurrogatePairs}). Lanterna encodes each unit with {@code Charset.encode}, a buffer and a
 * string per character, ~15% of the UI thread's CPU in a cold first frame (issue 13), and sends the encoder's whole
 * buffer: for a character of two bytes (·, ×, é) that buffer is three long, so a NUL went out after each.
 */
final class TerminalBytes {
    /** The bytes of each ASCII character, made once: they are written out, never changed. */
    private static final byte[][] ASCII = new byte[128][];

    static {
        for (int c = 0; c < ASCII.length; c++) {
            ASCII[c] = new byte[] {(byte) c};
        }
    }

    private final SurrogatePairs pairs;
    private final boolean utf8;

    TerminalBytes(Charset charset) {
        this.pairs = new SurrogatePairs(charset);
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
    }

    /** The bytes for one UTF-16 unit, or null when the terminal is to encode it itself (a charset other than UTF-8). */
    byte[] of(char c) {
        byte[] whole = pairs.encode(c);
        if (whole != null || !utf8) {
            return whole;
        }
        if (c < 0x80) {
            return ASCII[c];
        }
        if (c < 0x800) {
            return new byte[] {(byte) (0xC0 | c >> 6), (byte) (0x80 | c & 0x3F)};
        }
        return new byte[] {(byte) (0xE0 | c >> 12), (byte) (0x80 | c >> 6 & 0x3F), (byte) (0x80 | c & 0x3F)};
    }
}
