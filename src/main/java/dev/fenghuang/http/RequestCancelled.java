package dev.fenghuang.http;

import java.io.InterruptedIOException;
import java.io.Serial;

/** The thread waiting for a request was interrupted (the user cancelled); the connection was aborted. */
public final class RequestCancelled extends InterruptedIOException {
    @Serial
    private static final long serialVersionUID = 1L;

    public RequestCancelled() {
        super("request cancelled");
    }
}
