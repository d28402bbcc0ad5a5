package dev.fenghuang.app.store;

import dev.fenghuang.app.Settings;
import java.util.Locale;

/**
 * The lasting store of a site (settings {@code store.*}).
 *
 * @param enabled false keeps pages in memory only, as long as the process runs
 * @param maxBytes the cap on the store's file; past it the pages read least recently go
 */
public record StoreSettings(boolean enabled, long maxBytes) {
    public static final int DEFAULT_MEGABYTES = 200;

    public static StoreSettings defaults() {
        return new StoreSettings(true, DEFAULT_MEGABYTES * 1024L * 1024L);
    }

    public static StoreSettings from(Settings s) {
        String enabled = s.text("store.enabled", "true").strip().toLowerCase(Locale.ROOT);
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalArgumentException("store.enabled is true or false, not " + enabled);
        }
        int megabytes = s.integer("store.maxMegabytes", DEFAULT_MEGABYTES);
        if (megabytes < 1) {
            throw new IllegalArgumentException("store.maxMegabytes is at least 1, not " + megabytes);
        }
        return new StoreSettings(enabled.equals("true"), megabytes * 1024L * 1024L);
    }
}
