package dev.fenghuang.cache;

import java.io.IOException;
import java.io.Serial;

/** Working offline, a page was asked for that the store does not hold; the site was not asked. */
public final class NotStored extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient CacheKey key;
    private final String storeTrouble;

    public NotStored(CacheKey key, IOException offline) {
        this(key, offline, java.util.Optional.empty());
    }

    /** @param storeTrouble why the store could not be read (it may hold the page), else empty */
    public NotStored(CacheKey key, IOException offline, java.util.Optional<String> storeTrouble) {
        super("not stored: " + key, offline);
        this.key = key;
        this.storeTrouble = storeTrouble.orElse(null);
    }

    /** Why the store could not be read, when that is why the page is not there. */
    public java.util.Optional<String> storeTrouble() {
        return java.util.Optional.ofNullable(storeTrouble);
    }

    /** The page that is missing. */
    public CacheKey key() {
        return key;
    }
}
