package dev.fenghuang.http;

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

    /** The largest array the JVM makes. */
    private static final int MOST_IN_ONE_ARRAY = Integer.MAX_VALUE - 8;

    private volatile HttpUriRequestBase request; // the redirect followed last, once there is one
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

    /**
     * The request now on its way is {@code next}, a redirect: the deadline and a cancel reach it, one that came
     * already at once.
     */
    void follow(HttpUriRequestBase next) {
        request = next;
        if (aborted != null) {
            next.cancel();
        }
    }

    private void abort(Abort why) {
        aborted = why;
        request.cancel();
    }

    /**
     * Reads the whole body, or aborts the connection and throws {@link PageTooLarge} past {@code limit} bytes. A body
     * that says its length is read into one array of that size; one that does not (a compressed one), in chunks
     * joined once at its end. A growing buffer copied itself at each doubling and once more at the end: about 3.5
     * times the body's bytes allocated for every page (issue 13).
     */
    byte[] read(HttpEntity entity, long limit) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        byte[] body;
        if (declared >= 0 && declared <= MOST_IN_ONE_ARRAY) {
            body = new byte[(int) declared];
            int n = in.readNBytes(body, 0, body.length);
            int next = in.read();
            if (next < 0) {
                return n == body.length ? body : java.util.Arrays.copyOf(body, n);
            }
            // more than it said (HttpClient's framing stops at the length, another entity might not): the rest too
            byte[] rest = in.readNBytes((int) Math.min(limit - n, MOST_IN_ONE_ARRAY));
            byte[] whole = java.util.Arrays.copyOf(body, n + 1 + rest.length);
            whole[n] = (byte) next;
            System.arraycopy(rest, 0, whole, n + 1, rest.length);
            body = whole;
        } else {
            body = in.readNBytes(limit >= MOST_IN_ONE_ARRAY ? MOST_IN_ONE_ARRAY : (int) limit + 1);
        }
        if (body.length > limit || body.length == MOST_IN_ONE_ARRAY && in.read() >= 0) {
            throw tooLarge(limit);
        }
        return body;
    }

    private PageTooLarge tooLarge(long limit) {
        limitBytes = limit;
        abort(Abort.TOO_LARGE);
        return new PageTooLarge(limit);
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
