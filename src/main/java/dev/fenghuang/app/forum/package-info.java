/** The forum as the front ends read it: index, boards and threads through the page cache. */
package dev.fenghuang.app.forum;
