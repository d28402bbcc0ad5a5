package dev.fenghuang.demo.store;

/** One page of an article: an optional page title ("" for none) and the editor's HTML. */
public record ArticlePage(String title, String html) {
}
