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
 * Once asked, a process ending on a signal (its terminal hung up, SIGTERM, Ctrl-C) still writes what waits before
 * it exits.
 */
public final class WriteBehind implements SecondLevel, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);
    static final int MOST_PENDING = 64;

    private final SecondLevel level;
    private final ExecutorService writer;
    private final Semaphore room = new Semaphore(MOST_PENDING);
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean behind;
    /** Writes what waits when the process ends on a signal without closing this. */
    private final Thread atExit = new Thread(this::finish, "store-write-exit");

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
    public synchronized void writeBehind() {
        if (behind) {
            return;
        }
        behind = true;
        try {
            Runtime.getRuntime().addShutdownHook(atExit);
        } catch (IllegalStateException shuttingDown) {
            behind = false; // the writer would not outlive the exit: write at once
        }
    }

    @Override
    public void save(CacheKey key, Object value, Instant fetchedAt) {
        behind(() -> level.save(key, value, fetchedAt));
    }

    /**
     * Runs {@code write}, another write to the level's file (a read mark), on the level's thread after the saves
     * handed over before it, as if it were one of them; until asked ({@link #writeBehind}), at once.
     */
    public void behind(Runnable write) {
        if (!behind) {
            write.run();
            return;
        }
        room.acquireUninterruptibly();
        pending.incrementAndGet();
        try {
            writer.execute(() -> {
                try {
                    write.run();
                } finally {
                    pending.decrementAndGet();
                    room.release();
                }
            });
        } catch (RejectedExecutionException closed) {
            pending.decrementAndGet();
            room.release();
            write.run(); // closed: a level that is closed too keeps nothing
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
        finish();
        synchronized (this) {
            if (behind) {
                try {
                    Runtime.getRuntime().removeShutdownHook(atExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs or has run: it writes what waits too
                }
            }
        }
    }

    private void finish() {
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
