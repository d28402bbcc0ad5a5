/** The forum as the reader sees it: the index, a board's thread list and a thread's floors, as immutable values. */
package dev.fenghuang.model.forum;
