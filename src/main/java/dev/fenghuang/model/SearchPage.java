package dev.fenghuang.model;

import java.util.List;

/**
 * One page of a comment search, newest first.
 *
 * @param page 1-based page number, as asked for
 * @param pageCount number of pages; less than {@code page} when asked past the end
 * @param total comments matching, as the site counts them (符合条件的评论数)
 * @param hits the comments of this page
 */
public record SearchPage(int page, int pageCount, int total, List<SearchHit> hits) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
