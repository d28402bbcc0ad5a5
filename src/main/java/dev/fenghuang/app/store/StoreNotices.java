package dev.fenghuang.app.store;

import java.util.function.Consumer;

/**
 * Where the store's one-line notices (damaged and set aside, locked, failed) are told: to {@code fallback} (stderr,
 * before a screen is drawn and after it is gone), or to the screen that took them while it is open, so that no line
 * is written over it.
 */
public final class StoreNotices implements Consumer<String> {
    private final Consumer<String> fallback;
    private volatile Consumer<String> screen;

    public StoreNotices(Consumer<String> fallback) {
        this.fallback = fallback;
    }

    @Override
    public void accept(String line) {
        Consumer<String> taker = screen;
        (taker != null ? taker : fallback).accept(line);
    }

    /** From now on the notices go to {@code taker}; null gives them back to the fallback. */
    public void to(Consumer<String> taker) {
        screen = taker;
    }
}
