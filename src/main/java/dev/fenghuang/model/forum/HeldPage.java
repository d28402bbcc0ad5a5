package dev.fenghuang.model.forum;

import java.util.List;

/**
 * One page of a forum queue, newest first.
 *
 * @param page this page, 1-based
 * @param pageCount pages in all (below {@code page} when asked past the end)
 * @param total items in all, as the pager says, else the items of this page
 * @param entries the items on this page
 */
public record HeldPage(int page, int pageCount, int total, List<HeldPost> entries) {
    public HeldPage {
        entries = List.copyOf(entries);
    }
}
