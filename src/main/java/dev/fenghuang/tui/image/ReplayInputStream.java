package dev.fenghuang.tui.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The terminal's input with bytes given back in front: what was read while asking the terminal about graphics but
 * was not an answer (keys typed meanwhile) reaches the key reader first. When the terminal did not answer in time,
 * an answer arriving late (over a slow link) is taken out of what is read for a while, so it never becomes keys.
 */
public final class ReplayInputStream extends FilterInputStream {
    private byte[] given = new byte[0];
    private int at;
    private LongSupplier nanos = () -> 0L;
    private long lateUntil;
    private boolean late;

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

    /** Takes the answers to the graphics query out of what is read until {@code until} on {@code clock}. */
    public synchronized void dropLateAnswers(LongSupplier clock, long until) {
        nanos = clock;
        lateUntil = until;
        late = true;
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
        while (true) {
            int n = super.read(b, off, len);
            if (n <= 0 || !late || nanos.getAsLong() - lateUntil > 0) {
                return n;
            }
            GraphicsQuery.Answer answer = GraphicsQuery.parse(Arrays.copyOfRange(b, off, off + n));
            late = !answer.complete();
            if (answer.rest().length > 0) {
                System.arraycopy(answer.rest(), 0, b, off, answer.rest().length);
                return answer.rest().length;
            }
        }
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
