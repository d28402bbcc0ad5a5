/** The forum's moderation queues in the reader: held threads and replies, on the admin panel or the front-end panel. */
package dev.fenghuang.tui.forum.moderate;
