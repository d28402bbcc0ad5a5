package dev.fenghuang.demo.forum.state;

import dev.fenghuang.demo.store.SiteMember;

/** A 点评 under a post (4.7): its text already cut to 200 characters, as typed (escaped when shown). */
public record PostComment(SiteMember author, String text, long dateline) {
}
