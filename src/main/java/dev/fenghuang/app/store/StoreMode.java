package dev.fenghuang.app.store;

/** How a run uses the site's lasting store and the network. */
public enum StoreMode {
    /** The store under the memory cache, the site asked when a page is missing or old ({@code store.enabled}). */
    NORMAL,
    /** Only what the store holds, at any age; no request is sent, no write either ({@code --offline}). */
    OFFLINE,
    /** The memory cache alone: no store file is opened or made ({@code --no-store}). */
    MEMORY_ONLY
}
