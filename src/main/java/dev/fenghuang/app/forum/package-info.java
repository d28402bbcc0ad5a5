/** Taking part in the forum: replies, threads, edits and thread favourites, drafted first and never sent twice. */
package dev.fenghuang.app.forum;
