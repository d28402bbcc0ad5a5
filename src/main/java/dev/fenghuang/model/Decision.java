package dev.fenghuang.model;

/** What a moderator decides about a comment waiting in the moderation queue. */
public enum Decision {
    /** Make it visible. */
    APPROVE,
    /** Remove it for good. */
    DELETE,
    /** Put it aside on the queue's ignored tab; it stays hidden from the public, still pending. */
    IGNORE
}
