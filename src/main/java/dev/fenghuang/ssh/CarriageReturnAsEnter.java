package dev.fenghuang.ssh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one part of a tty's line discipline a channel's keys need (ICRNL): each CR the client sends becomes LF. Over SSH
 * the client's terminal is raw and sends Enter as CR, and no tty of the server's turns it into LF as it does for the
 * reader in a local terminal; Lanterna's key decoder takes a lone CR for the start of a CR NUL and holds it, and every
 * key after it, for ever. CR is never part of a UTF-8 sequence, so the bytes are changed one by one.
 */
final class CarriageReturnAsEnter extends FilterInputStream {
    private volatile boolean closed;

    CarriageReturnAsEnter(InputStream in) {
        super(in);
    }

    /**
     * The channel closed, or the session is ended on the server's side: the input ends here. A poll asks whether bytes
     * are waiting, and the reader it asks takes an error for "nothing yet", so a byte is said to wait and the read
     * finds the end; a read already waiting for the client's next key is woken by closing the channel's pipe, and
     * ends the input too.
     */
    void ended() {
        closed = true;
        try {
            in.close();
        } catch (IOException closing) {
            // the pipe is being given up: a read waiting in it ends either way
        }
    }

    @Override
    public int available() throws IOException {
        return closed ? 1 : super.available();
    }

    @Override
    public int read() throws IOException {
        if (closed) {
            return -1;
        }
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            if (closed) {
                return -1;
            }
            throw e;
        }
        return b == '\r' ? '\n' : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            return -1;
        }
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            if (closed) {
                return -1;
            }
            throw e;
        }
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\r') {
                buffer[i] = '\n';
            }
        }
        return n;
    }
}
