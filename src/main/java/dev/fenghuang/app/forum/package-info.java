/** The application side of the forum: its moderation (queues, thread tools, the front-end panel) with the audit log. */
package dev.fenghuang.app.forum;
