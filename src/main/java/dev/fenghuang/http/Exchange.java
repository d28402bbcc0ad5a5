package dev.fenghuang.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.HttpEntity;

/**
 * One request on its way. A watch aborts its connection (closes the socket, never drains it) when the deadline
 * passes or when the thread waiting for it is interrupted; reading the body aborts it past the size cap.
 * The failure that follows is then reported as what caused it.
 */
final class Exchange implements AutoCloseable {
    /** How often the watch looks at the clock and at the waiting thread. */
    static final Duration WATCH_PERIOD = Duration.ofMillis(50);

    private enum Abort { DEADLINE, CANCELLED, TOO_LARGE }

    private final HttpUriRequestBase request;
    private final Thread owner;
    private final Duration deadline;
    private final long endNanos;
    private final LongSupplier nanoTime;
    private final ScheduledFuture<?> watch;
    private volatile Abort aborted;
    private long limitBytes;

    private Exchange(HttpUriRequestBase request, Duration deadline, ScheduledExecutorService timer,
                     LongSupplier nanoTime) {
        this.request = request;
        this.owner = Thread.currentThread();
        this.deadline = deadline;
        this.nanoTime = nanoTime;
        this.endNanos = nanoTime.getAsLong() + deadline.toNanos();
        long period = WATCH_PERIOD.toNanos();
        this.watch = timer.scheduleAtFixedRate(this::check, period, period, TimeUnit.NANOSECONDS);
    }

    /** Starts watching {@code request} for the calling thread. */
    static Exchange start(HttpUriRequestBase request, Duration deadline, ScheduledExecutorService timer,
                          LongSupplier nanoTime) throws RequestCancelled {
        if (Thread.currentThread().isInterrupted()) {
            throw new RequestCancelled();
        }
        return new Exchange(request, deadline, timer, nanoTime);
    }

    private void check() {
        if (aborted != null) {
            return;
        }
        if (nanoTime.getAsLong() - endNanos >= 0) {
            abort(Abort.DEADLINE);
        } else if (owner.isInterrupted()) {
            abort(Abort.CANCELLED);
        }
    }

    private void abort(Abort why) {
        aborted = why;
        request.cancel();
    }

    /** Reads the whole body, or aborts the connection and throws {@link PageTooLarge} past {@code limit} bytes. */
    byte[] read(HttpEntity entity, long limit) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        for (int n; (n = in.read(chunk)) >= 0; ) {
            if (body.size() + (long) n > limit) {
                limitBytes = limit;
                abort(Abort.TOO_LARGE);
                throw new PageTooLarge(limit);
            }
            body.write(chunk, 0, n);
        }
        return body.toByteArray();
    }

    /**
     * The failure to report for {@code e}: the deadline, the cancel or the cap when one of them aborted the
     * connection (the socket error it caused says nothing), else {@code e} itself.
     */
    IOException failure(IOException e) {
        Abort why = aborted;
        if (why == null) {
            return e;
        }
        IOException reported = switch (why) {
            case DEADLINE -> new DeadlineExceeded(deadline);
            case CANCELLED -> new RequestCancelled();
            case TOO_LARGE -> e instanceof PageTooLarge ? e : new PageTooLarge(limitBytes);
        };
        if (reported != e) {
            reported.initCause(e);
        }
        return reported;
    }

    /** Whether the connection was aborted: then closing the response must not try to read what is left. */
    boolean isAborted() {
        return aborted != null;
    }

    /** Makes sure nothing more is read: the connection is closed, not drained into the pool. */
    void abandon() {
        if (aborted == null) {
            request.cancel();
        }
    }

    @Override
    public void close() {
        watch.cancel(false);
    }
}
