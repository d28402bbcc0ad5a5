package dev.fenghuang.app.sync;

import dev.fenghuang.app.RequestGate;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Keeps a sync polite: at most {@code inFlight} requests at once, the starts of two requests at least a pause apart,
 * and after the site said it is busy no request at all until the wait it asked for has passed. Time is injected.
 */
public final class PoliteGate implements RequestGate {
    /** Waits; the real one sleeps. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));

        void sleep(Duration d) throws InterruptedException;
    }

    private final Semaphore slots;
    private final long pauseNanos;
    private final LongSupplier nanos;
    private final Sleeper sleeper;
    private long nextStart;
    private boolean started;
    private int busyRetries;
    private Duration backoff = Duration.ZERO;

    /** @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime}) */
    public PoliteGate(int inFlight, Duration pause, LongSupplier nanos, Sleeper sleeper) {
        this.slots = new Semaphore(inFlight, true);
        this.pauseNanos = pause.toNanos();
        this.nanos = nanos;
        this.sleeper = sleeper;
    }

    @Override
    public void enter() throws InterruptedIOException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("sync stopped");
        }
        long wait = reserve();
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                slots.release();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("sync stopped");
            }
        }
    }

    /** Takes the next start time; returns how long to wait for it. */
    private synchronized long reserve() {
        long now = nanos.getAsLong();
        long start = started && nextStart - now > 0 ? nextStart : now;
        started = true;
        nextStart = start + pauseNanos;
        return start - now;
    }

    @Override
    public void leave() {
        slots.release();
    }

    /**
     * From now on a request the site answered "busy" (or "too fast") is sent again, at most {@code retries} times,
     * after the wait the site asked for or else {@code backoff} doubled at each try.
     */
    public synchronized PoliteGate retryingBusy(int retries, Duration backoff) {
        this.busyRetries = retries;
        this.backoff = backoff;
        return this;
    }

    @Override
    public boolean again(java.io.IOException failure, int tries) {
        SyncTrouble trouble = SyncTrouble.of(failure);
        int retries;
        Duration base;
        synchronized (this) {
            retries = busyRetries;
            base = backoff;
        }
        if (trouble.kind() != SyncTrouble.Kind.BUSY || tries >= retries) {
            return false;
        }
        holdOff(trouble.askedWait().orElse(base.multipliedBy(1L << Math.min(tries, 16))));
        return true;
    }

    /** No request starts before {@code wait} from now has passed (the site said it is busy). */
    public synchronized void holdOff(Duration wait) {
        long until = nanos.getAsLong() + wait.toNanos();
        if (!started || until - nextStart > 0) {
            nextStart = until;
            started = true;
        }
    }
}
