/** The forum's commands that take part: reply, post, post edit. */
package dev.fenghuang.cli.forum;
