/** Moderating the demo forum: the admin queues (5.7), the thread tools (5.8) and the moderation panel (5.9). */
package dev.fenghuang.demo.forum.moderate;
