/** The reader's forum tab: the board tree, a board's threads, a thread by floors, and replying to a floor. */
package dev.fenghuang.tui.forum;
