package dev.fenghuang.demo.store;

import java.util.List;

/** Portal (article) searches that were run (3.10): each keeps its keyword and the matching aids. */
public final class PortalSearches extends SearchLog<PortalSearches.Search> {
    /** Discuz keeps at most this many hits of one search. */
    public static final int MAX_HITS = 500;

    /** One search: the keyword as typed and the aids it found, highest first. */
    public record Search(String keyword, List<Integer> aids) {
        public Search {
            aids = List.copyOf(aids);
        }
    }
}
