package dev.fenghuang.demo;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The newest request targets the portal saw, for tests to look at; the oldest go once {@code capacity} are kept, so
 * a portal that runs for days does not fill its heap with them.
 */
final class RequestLog {
    /** Far more than any test sends to one portal, far less than a day of a soak run. */
    static final int CAPACITY = 10_000;

    private final int capacity;
    private final ArrayDeque<String> targets = new ArrayDeque<>();

    RequestLog() {
        this(CAPACITY);
    }

    RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized void add(String target) {
        if (targets.size() == capacity) {
            targets.removeFirst();
        }
        targets.addLast(target);
    }

    /** Oldest first. */
    synchronized List<String> snapshot() {
        return List.copyOf(targets);
    }
}
