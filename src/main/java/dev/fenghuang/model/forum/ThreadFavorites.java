package dev.fenghuang.model.forum;

import java.util.List;

/** One page (1-based) of the member's thread favourites, newest first. */
public record ThreadFavorites(int page, int pageCount, List<ThreadFavorite> favorites) {
    public ThreadFavorites {
        favorites = List.copyOf(favorites);
    }
}
