/** A page's jsoup tree built straight from its tokens when its markup is clean, for the pages read most. */
package dev.fenghuang.site.markup.tree;
