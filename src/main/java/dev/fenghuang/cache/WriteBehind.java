package dev.fenghuang.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * does not hold up the frame that shows it. Every other call finds the level as if each save had been written at
 * once: a forget, a change of viewer or a search of the level ({@link #written}) first waits for the saves handed
 * over before it; a load waits only when a save of its own key waits, and otherwise looks beside the writes in
 * progress ({@link SecondLevel#loadBeside}). At most {@value #MOST_PENDING} saves wait; one more waits for room.
 * Closing writes what waits. Until asked, it writes at once (the commands, whose sync looks for the pages in the
 * store through a connection of its own). Once asked, a process ending on a signal (its terminal hung up, SIGTERM,
 * Ctrl-C) still writes what waits before it exits. While held ({@link #holdWrites}), what is handed over is kept
 * back, in order, and handed to the thread when released or when the level is asked for it.
 */
public final class WriteBehind implements SecondLevel, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);
    static final int MOST_PENDING = 64;

    private final SecondLevel level;
    private final ExecutorService writer;
    private final Semaphore room = new Semaphore(MOST_PENDING);
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean behind;
    /** The keys of the saves handed over and not yet written, each with how many there are. */
    private final Map<CacheKey, Integer> unwritten = new ConcurrentHashMap<>();
    /** Writes handed over while held, in order; guarded by this. */
    private final List<Runnable> held = new ArrayList<>();
    /** Whether writes are held; guarded by this. */
    private boolean holding;
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
        unwritten.merge(key, 1, Integer::sum);
        behind(() -> {
            try {
                level.save(key, value, fetchedAt);
            } finally {
                unwritten.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
            }
        });
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
        synchronized (this) {
            pending.incrementAndGet();
            if (holding) {
                held.add(write);
            } else {
                handOver(write); // under the lock: after every held write released before it
            }
        }
    }

    /**
     * From now on, while {@code hold}, writes handed over wait here instead of starting on the level's thread: the
     * terminal reader holds them while a page it waits for is fetched and drawn, so that the save of the page (an
     * SQLite transaction and its search index, about as long as the frame) does not share the processor with the
     * frame that shows it. What asks the level for it (a load of a key held, a forget, a change of viewer,
     * {@link #written}, closing) first hands over what is held, so it finds the level as if every write had been
     * written at once.
     * {@code false} hands over what is held and writes at once again.
     */
    @Override
    public synchronized void holdWrites(boolean hold) {
        holding = hold && behind;
        if (!hold) {
            release();
        }
    }

    /** How many writes are held now ({@link #holdWrites}). */
    public synchronized int held() {
        return held.size();
    }

    /** Hands what is held to the level's thread, in order. */
    private synchronized void release() {
        for (Runnable write : held) {
            handOver(write);
        }
        held.clear();
    }

    /** Gives one counted write to the level's thread, waiting for room first. */
    private void handOver(Runnable write) {
        room.acquireUninterruptibly();
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
        release();
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

    /**
     * The value kept under the key. A key whose save is handed over and not yet written waits for the writes before
     * it; with writes in progress, any other is looked up beside them ({@link SecondLevel#loadBeside}): the page a new
     * article asks for, never kept, does not wait for the save of the article shown before it.
     */
    @Override
    public Optional<Kept> load(CacheKey key) {
        if (!behind || pending.get() == 0) {
            return level.load(key);
        }
        if (unwritten.containsKey(key)) {
            written();
            return level.load(key);
        }
        return level.loadBeside(key);
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
        synchronized (this) {
            holding = false;
            release();
        }
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
