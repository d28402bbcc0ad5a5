package dev.fenghuang.demo.forum.state;

import dev.fenghuang.demo.store.SearchLog;
import java.util.List;

/** Forum searches that were run (4.9): each keeps its words and the matching tids. */
public final class ForumSearches extends SearchLog<ForumSearches.Search> {
    /** One search: the text as typed and the tids it found, newest last post first. */
    public record Search(String text, List<Integer> tids) {
        public Search {
            tids = List.copyOf(tids);
        }
    }
}
