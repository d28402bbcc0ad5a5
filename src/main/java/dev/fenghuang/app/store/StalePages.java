package dev.fenghuang.app.store;

import java.io.IOException;
import java.time.Instant;

/**
 * Told when a page is shown from the store past its time to live while it is fetched again behind it, and how that
 * ended: the terminal reader says "stored at 10:02, refreshing" and offers the fresh page. Called on the thread that
 * read the page ({@link #shown}) and on the refreshing thread (the others).
 */
public interface StalePages {
    /**
     * @param page what was shown, e.g. {@code article 1 page 1}
     * @param fetchedAt when the copy shown was fetched
     */
    void shown(String page, Instant fetchedAt);

    /** The page was fetched again; reading it again shows the fresh copy without a request. */
    void refreshed(String page);

    /** It could not be fetched again; the stored copy stays what is shown. */
    void failed(String page, IOException error);
}
