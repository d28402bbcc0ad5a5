package dev.fenghuang.app.store;

import java.time.Instant;

/**
 * Told when a page is shown from the store because the site is not asked ({@code --offline}) or could not be
 * reached: the command line says "offline, as of 15:02", the terminal reader the same on its status line.
 */
@FunctionalInterface
public interface OfflinePages {
    /**
     * @param page what was shown, e.g. {@code article 1 page 1}
     * @param fetchedAt when the copy shown was fetched from the site
     */
    void shown(String page, Instant fetchedAt);
}
