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

    /** A builder with every field at its empty value: no lists, page 1 of 1, no comment form. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this article's values, to change some of them by name. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.aid = aid;
        b.url = url;
        b.title = title;
        b.category = category;
        b.breadcrumb = breadcrumb;
        b.published = published;
        b.publisher = publisher;
        b.views = views;
        b.commentCount = commentCount;
        b.originalAuthor = originalAuthor;
        b.source = source;
        b.summary = summary;
        b.paragraphs = paragraphs;
        b.images = images;
        b.links = links;
        b.page = page;
        b.pageCount = pageCount;
        b.pageTitle = pageTitle;
        b.reactions = reactions;
        b.comments = comments;
        b.hiddenComments = hiddenComments;
        b.commentsOpen = commentsOpen;
        return b;
    }

    /** Builds an {@link Article} by field name, so two values of one type cannot swap unnoticed. */
    public static final class Builder {
        private long aid;
        private String url;
        private String title = "";
        private Category category;
        private List<Category> breadcrumb = List.of();
        private LocalDateTime published;
        private Person publisher;
        private long views;
        private long commentCount;
        private String originalAuthor;
        private String source;
        private String summary;
        private List<String> paragraphs = List.of();
        private List<Image> images = List.of();
        private List<Link> links = List.of();
        private int page = 1;
        private int pageCount = 1;
        private String pageTitle;
        private List<Reaction> reactions = List.of();
        private List<Comment> comments = List.of();
        private int hiddenComments;
        private boolean commentsOpen;

        private Builder() {
        }

        public Builder aid(long aid) {
            this.aid = aid;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder breadcrumb(List<Category> breadcrumb) {
            this.breadcrumb = breadcrumb;
            return this;
        }

        public Builder published(LocalDateTime published) {
            this.published = published;
            return this;
        }

        public Builder publisher(Person publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder views(long views) {
            this.views = views;
            return this;
        }

        public Builder commentCount(long commentCount) {
            this.commentCount = commentCount;
            return this;
        }

        public Builder originalAuthor(String originalAuthor) {
            this.originalAuthor = originalAuthor;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder paragraphs(List<String> paragraphs) {
            this.paragraphs = paragraphs;
            return this;
        }

        public Builder images(List<Image> images) {
            this.images = images;
            return this;
        }

        public Builder links(List<Link> links) {
            this.links = links;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder pageCount(int pageCount) {
            this.pageCount = pageCount;
            return this;
        }

        public Builder pageTitle(String pageTitle) {
            this.pageTitle = pageTitle;
            return this;
        }

        public Builder reactions(List<Reaction> reactions) {
            this.reactions = reactions;
            return this;
        }

        public Builder comments(List<Comment> comments) {
            this.comments = comments;
            return this;
        }

        public Builder hiddenComments(int hiddenComments) {
            this.hiddenComments = hiddenComments;
            return this;
        }

        public Builder commentsOpen(boolean commentsOpen) {
            this.commentsOpen = commentsOpen;
            return this;
        }

        public Article build() {
            return new Article(aid, url, title, category, breadcrumb, published, publisher, views, commentCount, originalAuthor, source, summary, paragraphs, images, links, page, pageCount, pageTitle, reactions, comments, hiddenComments, commentsOpen);
        }
    }
}
