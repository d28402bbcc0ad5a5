/** The site's own portal search: its hits, with the matches it highlighted kept as marks. */
package dev.fenghuang.model.search;
