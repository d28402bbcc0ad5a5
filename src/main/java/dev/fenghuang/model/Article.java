package dev.fenghuang.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One page of a portal article with everything the page says about it.
 *
 * @param aid article id
 * @param url absolute URL of this page of the article
 * @param title title (without state markers such as 待审核)
 * @param category the category the article is filed in; null if the page does not show it
 * @param breadcrumb category chain from the top category to {@code category} (inclusive)
 * @param published publishing time, site local time; null if absent
 * @param publisher who published it (发布者); null if absent
 * @param views view count (查看)
 * @param commentCount comment count (评论); counts comments hidden from this viewer too
 * @param originalAuthor 原作者, or null
 * @param source 来自, or null
 * @param summary 摘要, or null
 * @param paragraphs body paragraphs as plain text, leading ideographic indent removed
 * @param images images in the body
 * @param links links in the body
 * @param page 1-based page of a multi-page article
 * @param pageCount number of pages
 * @param pageTitle this page's own title in a multi-page article, or null
 * @param reactions the reactions (表态) in the site's order
 * @param comments the comments shown on the page, newest first
 * @param hiddenComments how many comments the page says are hidden pending moderation
 * @param commentsOpen whether the page offers a comment form
 */
public record Article(long aid, String url, String title, Category category, List<Category> breadcrumb,
                      LocalDateTime published, Person publisher, long views, long commentCount,
                      String originalAuthor, String source, String summary, List<String> paragraphs,
                      List<Image> images, List<Link> links, int page, int pageCount, String pageTitle,
                      List<Reaction> reactions, List<Comment> comments, int hiddenComments,
                      boolean commentsOpen) {
    public Article {
        title = title == null ? "" : title;
        breadcrumb = List.copyOf(breadcrumb);
        paragraphs = List.copyOf(paragraphs);
        images = List.copyOf(images);
        links = List.copyOf(links);
        reactions = List.copyOf(reactions);
        comments = List.copyOf(comments);
    }
}
