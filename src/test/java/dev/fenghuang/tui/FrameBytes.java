package dev.fenghuang.tui;

import java.io.ByteArrayOutputStream;

/**
 * What the terminal was sent, kept, with the time its last bytes came ({@link System#nanoTime}): a frame leaves
 * the terminal's buffer in one flush at its end, so that time is when the frame was written.
 */
final class FrameBytes extends ByteArrayOutputStream {
    private volatile long lastWrite;

    @Override
    public synchronized void write(int b) {
        super.write(b);
        lastWrite = System.nanoTime();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        super.write(b, off, len);
        lastWrite = System.nanoTime();
    }

    /** When bytes last came; 0 before any. */
    long lastWrite() {
        return lastWrite;
    }
}
