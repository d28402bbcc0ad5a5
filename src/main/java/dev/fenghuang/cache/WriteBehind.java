package dev.fenghuang.cache;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lasting level that, once asked ({@link #writeBehind}), writes its saves on a thread of its own, one after another
 * in the order given, so that keeping a page just read from the site (an SQLite transaction and its search index)
 * does not hold up the frame that shows it. Every other call first waits for the saves handed over before it: a load,
 * a forget, a change of viewer or a search of the level ({@link #written}) finds it as if each save had been written
 * at once. At most {@value #MOST_PENDING} saves wait; one more waits for room. Closing writes what waits. Until asked,
 * it writes at once (the commands, whose sync looks for the pages in the store through a connection of its own).
 */
public final class WriteBehind implements SecondLevel, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);
    static final int MOST_PENDING = 64;

    private final SecondLevel level;
    private final ExecutorService writer;
    private final Semaphore room = new Semaphore(MOST_PENDING);
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean behind;

    /** Saves to {@code level} on a daemon thread of its own. */
    public WriteBehind(SecondLevel level) {
        this(level, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "store-write");
            t.setDaemon(true);
            return t;
        }));
    }

    /** @param writer runs the saves, one at a time in the order given */
    WriteBehind(SecondLevel level, ExecutorService writer) {
        this.level = level;
        this.writer = writer;
    }

    @Override
    public void writeBehind() {
        behind = true;
    }

    @Override
    public void save(CacheKey key, Object value, Instant fetchedAt) {
        if (!behind) {
            level.save(key, value, fetchedAt);
            return;
        }
        room.acquireUninterruptibly();
        pending.incrementAndGet();
        try {
            writer.execute(() -> {
                try {
                    level.save(key, value, fetchedAt);
                } finally {
                    pending.decrementAndGet();
                    room.release();
                }
            });
        } catch (RejectedExecutionException closed) {
            pending.decrementAndGet();
            room.release();
            level.save(key, value, fetchedAt); // closed: a level that is closed too keeps nothing
        }
    }

    /** Returns once every save handed over before this call is written (or failed, which the level says itself). */
    @Override
    public void written() {
        if (pending.get() == 0) {
            return;
        }
        try {
            writer.submit(() -> { }).get(); // one thread: the saves before it have run
        } catch (RejectedExecutionException | ExecutionException closed) {
            // closing wrote them
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<Kept> load(CacheKey key) {
        written();
        return level.load(key);
    }

    @Override
    public void forget(Predicate<CacheKey> which) {
        written();
        level.forget(which);
    }

    @Override
    public void viewAs(String viewer) {
        written(); // the saves before were of the viewer before
        level.viewAs(viewer);
    }

    @Override
    public Optional<String> viewer() {
        return level.viewer();
    }

    @Override
    public Optional<Kept> loadGuestCopy(CacheKey key) {
        written();
        return level.loadGuestCopy(key);
    }

    @Override
    public Optional<String> trouble() {
        written();
        return level.trouble();
    }

    /** Writes what waits, then takes no more saves on the thread (a later one is written at once). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("the store still writes after 30 s; what waits is not kept");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
