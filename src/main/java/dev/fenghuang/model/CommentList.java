package dev.fenghuang.model;

import java.util.List;

/**
 * One page of an article's full comment list.
 *
 * @param aid the article
 * @param articleTitle the article's title as the page shows it
 * @param total the comment count the page states (includes hidden ones)
 * @param page 1-based page number
 * @param pageCount number of pages
 * @param comments comments on this page, newest first
 * @param hiddenComments how many the page says are hidden pending moderation
 */
public record CommentList(long aid, String articleTitle, long total, int page, int pageCount,
                          List<Comment> comments, int hiddenComments) {
    public CommentList {
        articleTitle = articleTitle == null ? "" : articleTitle;
        comments = List.copyOf(comments);
    }
}
