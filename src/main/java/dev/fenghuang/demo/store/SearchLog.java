package dev.fenghuang.demo.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searches that were run, each kept under its {@code searchid}, and each searcher's last new search for the site's
 * {@code searchctrl}: seconds between two new searches of one client (portal 3.10 and forum 4.9 alike).
 *
 * @param <S> what one search keeps: its words and what it found
 */
public class SearchLog<S> {
    /** The site's {@code searchctrl}. */
    public static final int SEARCH_CTRL = 10;

    private final Map<Integer, S> searches = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSearch = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();

    /** True, and the time noted, when the searcher may start a new search at {@code now} (unix seconds). */
    public synchronized boolean allow(String searcher, long now) {
        Long last = lastSearch.get(searcher);
        if (last != null && now - last < SEARCH_CTRL) {
            return false;
        }
        lastSearch.put(searcher, now);
        return true;
    }

    public int add(S search) {
        int id = lastId.incrementAndGet();
        searches.put(id, search);
        return id;
    }

    public Optional<S> find(int searchid) {
        return Optional.ofNullable(searches.get(searchid));
    }
}
