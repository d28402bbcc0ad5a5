package dev.fenghuang.app.sync;

import java.time.Duration;
import java.util.Optional;

/**
 * How a sync run ended.
 *
 * @param done items done, this run and the runs it resumed
 * @param total items in the plan
 * @param fetched items this run did
 * @param articles articles this run did (their first pages)
 * @param skipped items the site refused or denied
 * @param failed items left for the next run
 * @param took how long this run took
 * @param stoppedBy why the run stopped before its end (the site unreachable), else empty
 * @param resumed whether this run went on from an earlier one
 * @param storeStopped why the store stopped the run (a page it did not keep, the progress it could not write), else
 *     empty
 */
public record SyncSummary(int done, int total, int fetched, int articles, int skipped, int failed, Duration took,
                          Optional<String> stoppedBy, boolean resumed, Optional<java.io.IOException> storeStopped) {
    /** A run the store did not stop. */
    public SyncSummary(int done, int total, int fetched, int articles, int skipped, int failed, Duration took,
                       Optional<String> stoppedBy, boolean resumed) {
        this(done, total, fetched, articles, skipped, failed, took, stoppedBy, resumed, Optional.empty());
    }

    /** Whether everything of the plan is done. */
    public boolean complete() {
        return stoppedBy.isEmpty() && storeStopped.isEmpty() && failed == 0 && done == total;
    }

    /** Items the next run of the plan has to do: the failed ones and those never tried (the run stopped first). */
    public int left() {
        return Math.max(0, total - done);
    }

    /** Items this run did per second. */
    public double itemsPerSecond() {
        return perSecond(fetched);
    }

    /** Articles this run did per second. */
    public double articlesPerSecond() {
        return perSecond(articles);
    }

    private double perSecond(int count) {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
