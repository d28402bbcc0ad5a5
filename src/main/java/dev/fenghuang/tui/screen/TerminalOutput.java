package dev.fenghuang.tui.screen;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The bytes to the terminal, buffered so that a frame leaves in a few large writes (one packet over SSH, not one
 * per cell), and sent at once when Lanterna asks the terminal to report something ({@code ESC [ 6 n}): Lanterna
 * waits for that answer without flushing, which would otherwise stall start-up and resizing.
 */
public final class TerminalOutput extends OutputStream {
    private final BufferedOutputStream out;

    public TerminalOutput(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (len >= 3 && b[off] == 0x1B && b[off + 1] == '[' && b[off + len - 1] == 'n') {
            out.flush();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
