package dev.fenghuang.model;

import java.util.List;

/**
 * One page of a category's article list.
 *
 * @param category the category listed
 * @param breadcrumb the category chain from the top category down to this one (inclusive)
 * @param page 1-based page number
 * @param pageCount number of pages (1 when the site shows no pager)
 * @param articles the articles on this page, possibly none
 * @param children sub-categories (下级分类)
 * @param related sibling or top-level categories (相关分类)
 */
public record ArticleList(Category category, List<Category> breadcrumb, int page, int pageCount,
                          List<ArticleSummary> articles, List<Category> children, List<Category> related) {
    public ArticleList {
        breadcrumb = List.copyOf(breadcrumb);
        articles = List.copyOf(articles);
        children = List.copyOf(children);
        related = List.copyOf(related);
    }
}
