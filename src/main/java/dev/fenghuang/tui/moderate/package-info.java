/** Moderation in the reader: the queue, recent comments, decisions and the admin password. */
package dev.fenghuang.tui.moderate;
