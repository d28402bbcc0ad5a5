/** The lasting store: one SQLite file per site holding the records read from it, under the page cache's memory. */
package dev.fenghuang.store;
