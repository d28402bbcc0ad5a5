package dev.fenghuang.http;

import java.io.Serial;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A request did not finish (connect, headers and the whole body) within its deadline; it was aborted. */
public final class DeadlineExceeded extends SocketTimeoutException {
    @Serial
    private static final long serialVersionUID = 1L;
    private final transient Duration deadline;

    public DeadlineExceeded(Duration deadline) {
        super("the site did not finish answering within " + deadline.toMillis() + " ms");
        this.deadline = deadline;
    }

    public Duration deadline() {
        return deadline;
    }
}
