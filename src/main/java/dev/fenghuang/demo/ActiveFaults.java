package dev.fenghuang.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault rules in force, each with what is left of its count, and the connections the faults hold: a stall or a
 * drip waits here until {@link #releaseAll()} (the faults are cleared or the portal closes) or its limit passes.
 */
public final class ActiveFaults {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Object holds = new Object();
    private long generation;

    private record Entry(FaultRule rule, AtomicInteger left) {
        /** Uses one of the rule's times; false when they are used up. */
        boolean take() {
            if (rule.times() == 0) {
                return true;
            }
            return left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        }
    }

    void add(FaultRule rule) {
        entries.add(new Entry(rule, new AtomicInteger(rule.times())));
    }

    /** Drops every rule and lets every held connection go. */
    void clear() {
        entries.clear();
        releaseAll();
    }

    void releaseAll() {
        synchronized (holds) {
            generation++;
            holds.notifyAll();
        }
    }

    /** The faults that act on this request before the write is known, each using one of its times. */
    Set<Fault> take(String method, String path, Map<String, String> query) {
        Set<Fault> taken = EnumSet.noneOf(Fault.class);
        for (Entry e : matching(method, path, query)) {
            if (!e.rule().fault().afterWrite() && e.take()) {
                taken.add(e.rule().fault());
            }
        }
        entries.removeIf(e -> e.rule().times() > 0 && e.left().get() == 0);
        return taken;
    }

    /**
     * The write faults that match this request as it comes in. A stored write takes one of them when its answer is
     * due, even if the faults were cleared meanwhile: a test that saw the write stored and then cleared the faults
     * still finds the answer held, never written.
     */
    WriteFaults writeFaults(String method, String path, Map<String, String> query) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : matching(method, path, query)) {
            if (e.rule().fault().afterWrite()) {
                found.add(e);
            }
        }
        return new WriteFaults(found);
    }

    /** The write faults a request came in under. */
    final class WriteFaults {
        private final List<Entry> candidates;

        private WriteFaults(List<Entry> candidates) {
            this.candidates = candidates;
        }

        /** The fault for this stored write, using one of its times; null when none applies. */
        Fault take() {
            Fault taken = null;
            for (Entry e : candidates) {
                if (taken == null && e.take()) {
                    taken = e.rule().fault();
                }
            }
            entries.removeIf(e -> e.rule().times() > 0 && e.left().get() == 0);
            return taken;
        }
    }

    private List<Entry> matching(String method, String path, Map<String, String> query) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries) {
            if (e.rule().matches(method, path, query)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The count of releases so far; a hold that started from it ends at the next one. */
    long generation() {
        synchronized (holds) {
            return generation;
        }
    }

    /**
     * Waits for {@code limit}, or until the faults are cleared or the portal closes, counting releases since
     * {@code since} (a {@link #generation()} read when the request came in): a release that happened while the
     * caller was busy writing still ends its hold.
     *
     * @return true when the whole limit passed, false when released (or interrupted)
     */
    public boolean hold(Duration limit, long since) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (holds) {
            while (generation == since) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                try {
                    holds.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }
}
