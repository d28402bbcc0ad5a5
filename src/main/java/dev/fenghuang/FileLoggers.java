package dev.fenghuang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/**
 * This process's loggers, with the levels of the log file ({@link FileLogging#levelOf}) but without the log: it is
 * opened (logback's context, the file made private, its line layout) at the first line written. A command that logs
 * nothing (a read, most of the time) sets none of it up: 28 classes fewer from the jar, and a cold {@code java -jar}
 * read from the store 177 -> 165 ms (issue 13; the launcher's, from its archive, 91 -> 90 ms).
 */
final class FileLoggers implements ILoggerFactory {
    private final Level root;
    private final Supplier<LoggerContext> open;
    private final ConcurrentMap<String, FileLogger> loggers = new ConcurrentHashMap<>();
    private volatile LoggerContext context;
    private boolean opening; // guarded by this

    /**
     * @param root the level of loggers not set apart
     * @param open opens the log, once
     */
    FileLoggers(Level root, Supplier<LoggerContext> open) {
        this.root = root;
        this.open = open;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new FileLogger(n, FileLogging.levelOf(n, root), this));
    }

    /** The log, opened now if it is not yet; null to a line logged by the opening itself, which is dropped. */
    LoggerContext opened() {
        LoggerContext c = context;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (context == null && !opening) {
                opening = true;
                try {
                    context = open.get();
                } finally {
                    opening = false;
                }
            }
            return context;
        }
    }

    /** Whether the log was opened, for tests. */
    boolean isOpen() {
        return context != null;
    }
}
