package dev.fenghuang.http;

import java.io.IOException;
import java.io.Serial;

/** The site sent a body larger than the cap; the connection was aborted, not drained. */
public final class PageTooLarge extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;
    private final long limitBytes;

    public PageTooLarge(long limitBytes) {
        super("page larger than " + megabytes(limitBytes) + " MB");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The cap in whole megabytes, at least 1 (as the message says it). */
    public long limitMegabytes() {
        return megabytes(limitBytes);
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
