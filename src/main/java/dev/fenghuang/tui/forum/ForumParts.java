package dev.fenghuang.tui.forum;

/**
 * What the forum tab stands on: where it reads, how it writes (null where posting is not connected), and the visits
 * behind the unread markers.
 */
public record ForumParts(ForumSource source, ForumWrites writes, Visits visits) {
    /** A reader without a forum: the tab says so. */
    public static final ForumParts NONE = new ForumParts(null, null, Visits.inMemory());

    public ForumParts {
        visits = visits == null ? Visits.inMemory() : visits;
    }

    public boolean readable() {
        return source != null;
    }

    public ForumParts withWrites(ForumWrites value) {
        return new ForumParts(source, value, visits);
    }
}
