package dev.fenghuang.demo;

/** One page of an article: an optional page title ("" for none) and the editor's HTML. */
record ArticlePage(String title, String html) {
}
