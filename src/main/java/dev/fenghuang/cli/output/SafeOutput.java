package dev.fenghuang.cli.output;

import dev.fenghuang.model.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The CLI's last line of defence: a writer that passes every chunk through {@link SafeText#strip}, so that no escape
 * sequence, control (but line feed and tab) or format character reaches standard output or error, whatever a command
 * forgot to clean. A surrogate pair split across two writes is joined first.
 */
public final class SafeOutput extends FilterWriter {
    private char pendingHigh;

    private SafeOutput(Writer out) {
        super(out);
    }

    /** The writer wrapped, or itself when it is wrapped already. */
    public static PrintWriter of(PrintWriter writer) {
        if (writer instanceof Wrapped) {
            return writer;
        }
        return new Wrapped(new SafeOutput(writer));
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        if (len <= 0) {
            return;
        }
        StringBuilder chunk = new StringBuilder(len + 1);
        if (pendingHigh != 0) {
            chunk.append(pendingHigh);
            pendingHigh = 0;
        }
        chunk.append(buf, off, len);
        char last = chunk.charAt(chunk.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            chunk.setLength(chunk.length() - 1);
        }
        out.write(SafeText.strip(chunk.toString()));
    }

    /** Marks a print writer as wrapped, so that wrapping twice does nothing. */
    private static final class Wrapped extends PrintWriter {
        Wrapped(Writer out) {
            super(out, true);
        }
    }
}
