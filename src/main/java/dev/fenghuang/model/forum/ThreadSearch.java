package dev.fenghuang.model.forum;

import java.util.List;

/**
 * One page of a forum search's results, newest last post first.
 *
 * @param searchId the site's id for this search ({@code searchid}), which later pages are asked by; 0 if unknown
 * @param keyword the words searched for, as the site repeats them
 * @param total threads found, as the site counts them
 * @param page the page number (1-based)
 * @param pageCount the number of pages; less than {@code page} when asked past the end
 * @param hits the threads of this page
 */
public record ThreadSearch(long searchId, String keyword, int total, int page, int pageCount, List<ThreadHit> hits) {
    public ThreadSearch {
        keyword = keyword == null ? "" : keyword;
        page = Math.max(1, page);
        hits = List.copyOf(hits);
    }
}
