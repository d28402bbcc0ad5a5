package dev.fenghuang.app;

import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.SearchTooSoon;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's own article search ({@code search.php?mod=portal}) for the CLI and the TUI. A keyword searched before in
 * this run is paged by the id the site gave it, without a new search. The site allows one new search per interval
 * (10 s by default); a refusal is waited out, the caller told of each second left, and the search tried again. A
 * search the site no longer knows (it keeps them an hour) is run anew.
 */
public final class PortalSearch {
    /** The site side: a new search, and a page of an earlier one by its id. */
    public interface Site {
        ArticleSearch search(String keyword) throws IOException;

        ArticleSearch page(long searchId, int page) throws IOException;
    }

    /** Told, once a second, how long is left to wait before the site accepts the search. */
    @FunctionalInterface
    public interface Waiting {
        Waiting SILENT = seconds -> { };

        void secondsLeft(int seconds);
    }

    /** Waits; tests pass one that only advances their clock. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private static final int ATTEMPTS = 3;

    private final Site site;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Long> searchIds = new ConcurrentHashMap<>();
    private volatile Instant lastSearch;

    public PortalSearch(Site site, Clock clock, Sleeper sleeper) {
        this.site = site;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * A page of the results for the keyword.
     *
     * @throws IllegalArgumentException for a blank keyword
     * @throws dev.fenghuang.model.UnencodableText for one the site's charset cannot carry
     * @throws InterruptedIOException when interrupted while waiting for the site's interval
     */
    public ArticleSearch search(String keyword, int page, Waiting waiting) throws IOException {
        String text = keyword.strip();
        Long known = searchIds.get(text);
        if (known != null) {
            try {
                return site.page(known, page);
            } catch (SiteRefused expired) {
                searchIds.remove(text);
            }
        }
        ArticleSearch first = searchWaitingOut(text, waiting);
        if (first.searchId() > 0) {
            searchIds.put(text, first.searchId());
        }
        return page <= 1 || first.searchId() == 0 ? first : site.page(first.searchId(), page);
    }

    private ArticleSearch searchWaitingOut(String text, Waiting waiting) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                ArticleSearch result = site.search(text);
                lastSearch = clock.instant();
                return result;
            } catch (SearchTooSoon soon) {
                if (attempt == ATTEMPTS) {
                    throw soon;
                }
                waitOut(wait(soon.interval(), attempt), waiting);
            }
        }
    }

    /**
     * The rest of the interval since this run's last search; the whole interval when the last search was not ours
     * (another process) or the first wait was not enough.
     */
    private Duration wait(Duration interval, int attempt) {
        Instant last = lastSearch;
        if (attempt > 1 || last == null) {
            return interval;
        }
        Duration left = interval.minus(Duration.between(last, clock.instant()));
        return left.isNegative() || left.isZero() || left.compareTo(interval) > 0 ? interval : left;
    }

    private void waitOut(Duration wait, Waiting waiting) throws InterruptedIOException {
        long millis = wait.toMillis();
        try {
            while (millis > 0) {
                waiting.secondsLeft((int) ((millis + 999) / 1000));
                long step = millis % 1000 == 0 ? 1000 : millis % 1000;
                sleeper.sleep(Duration.ofMillis(step));
                millis -= step;
            }
            waiting.secondsLeft(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the site's search interval");
        }
    }
}
