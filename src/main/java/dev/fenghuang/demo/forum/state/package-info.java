/** The demo forum's data: boards, threads, posts, attachments, favourites, searches and panel sessions; no pages. */
package dev.fenghuang.demo.forum.state;
