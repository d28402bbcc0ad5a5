package dev.fenghuang.model;

import java.util.List;

/**
 * One page of the moderation queue, newest entry first.
 *
 * @param page 1-based page number, as asked for
 * @param pageCount number of pages; less than {@code page} when asked past the end
 * @param total entries in the whole queue as the site counts them (its pager), or this page's count without one
 * @param entries the entries of this page
 */
public record QueuePage(int page, int pageCount, int total, List<QueueEntry> entries) {
    public QueuePage {
        entries = List.copyOf(entries);
    }
}
