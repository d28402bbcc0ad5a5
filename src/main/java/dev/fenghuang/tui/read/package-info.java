/** The reading views: sections, article lists, the article, comments and favourites. */
package dev.fenghuang.tui.read;
