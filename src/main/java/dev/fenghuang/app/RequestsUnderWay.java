package dev.fenghuang.app;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reader's requests on their way to the site: its first is told of as it goes, and a thread waiting for a page may
 * ask whether one is under way, to set up meanwhile, once, what reading the page needs (issue 13's first frame).
 */
final class RequestsUnderWay {
    private final AtomicInteger sending = new AtomicInteger();
    private volatile boolean prepared;
    private volatile boolean sentAny;
    private volatile Runnable firstSend = () -> { };

    /** Runs {@code told} on the thread of the first request, as it is sent; it must return at once. */
    void onFirstSend(Runnable told) {
        this.firstSend = told;
    }

    /** A request goes to the site now, on this thread; the first one tells. */
    void sending() {
        if (sending.incrementAndGet() == 1 && !sentAny) {
            sentAny = true;
            firstSend.run();
        }
    }

    /** A request came back, or failed. */
    void done() {
        sending.decrementAndGet();
    }

    /**
     * Runs {@code prepare} on this thread if a request is under way and it has not run yet; true once it has run,
     * false while no request is under way.
     */
    boolean prepareWhileSending(Runnable prepare) {
        if (prepared) {
            return true;
        }
        if (sending.get() == 0) {
            return false;
        }
        prepared = true;
        prepare.run();
        return true;
    }
}
