package dev.fenghuang.demo;

/** A visible portal comment; {@code html} is the stored, already converted comment HTML. */
record PortalComment(int cid, int aid, Member author, long dateline, String html) {
}
