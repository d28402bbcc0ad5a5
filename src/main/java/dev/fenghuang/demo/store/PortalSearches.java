package dev.fenghuang.demo.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Portal (article) searches that were run (3.10): each keeps its keyword and the matching aids under a
 * {@code searchid}, and each searcher's last new search for the {@value #SEARCH_CTRL}-second limit.
 */
public final class PortalSearches {
    /** The site's {@code searchctrl}: seconds between two new searches of one client. */
    public static final int SEARCH_CTRL = 10;
    /** Discuz keeps at most this many hits of one search. */
    public static final int MAX_HITS = 500;

    /** One search: the keyword as typed and the aids it found, highest first. */
    public record Search(String keyword, List<Integer> aids) {
        public Search {
            aids = List.copyOf(aids);
        }
    }

    private final Map<Integer, Search> searches = new ConcurrentHashMap<>();
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

    public int add(Search search) {
        int id = lastId.incrementAndGet();
        searches.put(id, search);
        return id;
    }

    public Optional<Search> find(int searchid) {
        return Optional.ofNullable(searches.get(searchid));
    }
}
