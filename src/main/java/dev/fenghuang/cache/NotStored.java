package dev.fenghuang.cache;

import java.io.IOException;
import java.io.Serial;

/** Working offline, a page was asked for that the store does not hold; the site was not asked. */
public final class NotStored extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient CacheKey key;

    public NotStored(CacheKey key, IOException offline) {
        super("not stored: " + key, offline);
        this.key = key;
    }

    /** The page that is missing. */
    public CacheKey key() {
        return key;
    }
}
