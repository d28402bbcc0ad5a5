package dev.fenghuang.tui.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The terminal's input with bytes given back in front: what was read while asking the terminal about graphics but
 * was not an answer (keys typed meanwhile) reaches the key reader first.
 */
public final class ReplayInputStream extends FilterInputStream {
    private byte[] given = new byte[0];
    private int at;

    public ReplayInputStream(InputStream in) {
        super(in);
    }

    /** Puts {@code bytes} in front of what is still to be read. */
    public synchronized void giveBack(byte[] bytes) {
        byte[] joined = new byte[bytes.length + given.length - at];
        System.arraycopy(bytes, 0, joined, 0, bytes.length);
        System.arraycopy(given, at, joined, bytes.length, given.length - at);
        given = joined;
        at = 0;
    }

    @Override
    public synchronized int read() throws IOException {
        return at < given.length ? given[at++] & 0xFF : super.read();
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (at < given.length) {
            int n = Math.min(len, given.length - at);
            System.arraycopy(given, at, b, off, n);
            at += n;
            return n;
        }
        return super.read(b, off, len);
    }

    @Override
    public synchronized int available() throws IOException {
        return given.length - at + super.available();
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
