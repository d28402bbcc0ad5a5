package dev.fenghuang.store;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per store file for this process's connections to it (the pages' and the sync ledger's): they take turns
 * here instead of in SQLite, so this process never waits out its own write lock, and a file found locked is locked
 * by another program.
 */
final class OwnWrites {
    private static final ConcurrentMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private OwnWrites() {
    }

    /** The lock of {@code file}, shared by every connection of this process to it. */
    static ReentrantLock of(Path file) {
        return LOCKS.computeIfAbsent(file.toAbsolutePath().normalize().toString(), f -> new ReentrantLock());
    }
}
