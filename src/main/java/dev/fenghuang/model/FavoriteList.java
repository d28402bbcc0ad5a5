package dev.fenghuang.model;

import java.util.List;

/** One page of a member's favourites. */
public record FavoriteList(int page, int pageCount, List<Favorite> favorites) {
    public FavoriteList {
        favorites = List.copyOf(favorites);
    }
}
