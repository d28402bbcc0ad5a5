package dev.fenghuang.demo.forum.state;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Forum searches that were run (4.9): each keeps its words and the matching tids under a {@code searchid}, and
 * each searcher's last search time for the {@value #SEARCH_CTRL}-second limit.
 */
public final class ForumSearches {
    static final int SEARCH_CTRL = 10;

    /** One search: the text as typed and the tids it found, newest last post first. */
    public record Search(String text, List<Integer> tids) {
        public Search {
            tids = List.copyOf(tids);
        }
    }

    private final Map<Integer, Search> searches = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSearch = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();

    /** True, and the time noted, when the searcher may search now. */
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
