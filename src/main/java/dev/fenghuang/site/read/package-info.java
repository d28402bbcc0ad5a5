/** Parsers of the portal's pages into model records: lists, articles, comments, favourites, members, navigation. */
package dev.fenghuang.site.read;
