/** Taking part in the demo forum: replies, new threads, edits, 点评 and thread favourites. */
package dev.fenghuang.demo.forum.write;
