package dev.fenghuang.model.search;

import java.util.List;

/**
 * One page of the site's portal search results, highest aid first.
 *
 * @param searchId the site's id for the search ({@code searchid}) that later pages are asked by; 0 if unknown
 * @param keyword the keyword as the site repeats it
 * @param total articles found, as the site counts them
 * @param page the page number (1-based)
 * @param pageCount the number of pages; less than {@code page} when asked past the end
 * @param hits the articles of this page; empty when nothing matched
 */
public record ArticleSearch(long searchId, String keyword, int total, int page, int pageCount, List<ArticleHit> hits) {
    public ArticleSearch {
        keyword = keyword == null ? "" : keyword;
        page = Math.max(1, page);
        pageCount = Math.max(0, pageCount);
        hits = List.copyOf(hits);
    }
}
