package dev.fenghuang.app.sync;

/** Hears how a sync run goes; called from the run's worker threads, one call at a time. */
public interface SyncListener {
    /** What became of one item. */
    enum Outcome {
        /** Fetched (or found fresh in the store) and kept. */
        OK,
        /** Refused or denied by the site, or not an image: skipped, not asked for again. */
        SKIPPED,
        /** The site was busy: it is tried again after a wait. */
        RETRYING,
        /** Not fetched: left for the next run. */
        FAILED
    }

    /**
     * @param title what the item is, as the site names it (not yet sanitized)
     * @param detail the site's words or the error, "" for {@link Outcome#OK}
     * @param done items done so far, this one included when it is done
     * @param total items known so far (lists and articles add the ones they name)
     */
    void item(SyncItem item, String title, Outcome outcome, String detail, int done, int total);

    /**
     * The site claimed more pages for {@code item} than a sync follows: only the first {@code kept} are fetched.
     *
     * @param claimed the page count the site's pager claims
     */
    default void cut(SyncItem item, String title, int claimed, int kept) {
    }
}
