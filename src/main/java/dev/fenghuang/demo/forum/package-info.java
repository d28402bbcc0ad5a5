/** The demo portal's forum (论坛): boards, threads and floors, posting, and the forum's moderation, as X3.5 serves them. */
package dev.fenghuang.demo.forum;
