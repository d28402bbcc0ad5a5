package dev.fenghuang.model;

/**
 * What became of one decision, as the client saw it by reading the queue (or the search) again afterwards.
 *
 * @param cid the comment
 * @param decision what was asked
 * @param fate what the pages show now
 */
public record DecisionOutcome(long cid, Decision decision, Fate fate) {

    /** What the pages read afterwards show. */
    public enum Fate {
        /** Done: gone from where it was (approve, delete) or listed as ignored (ignore). */
        APPLIED,
        /** Still where it was: the site did not act on it. */
        NOT_APPLIED,
        /** Neither could be seen (gone from the list without showing where it went, or too many pages to look). */
        UNKNOWN,
        /** Not sent: the queue did not hold the comment when the decision was to go out. */
        NOT_IN_QUEUE,
        /** Not sent: the search that was to list the comment did not find it. */
        NOT_FOUND,
        /**
         * Not sent: asked to decide outside the queue, but the site shows no comment with that id (its edit dialog
         * answered with a message instead of the text).
         */
        NO_SUCH_COMMENT,
        /** Not sent: its text read again is not the text the moderator was shown (edited since). */
        CHANGED
    }
}
