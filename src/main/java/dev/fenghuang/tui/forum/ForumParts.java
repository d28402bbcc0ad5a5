package dev.fenghuang.tui.forum;

/**
 * What the forum tab stands on: where it reads, how it writes (null where posting is not connected), the visits
 * behind the unread markers, the thread tools of a moderator (null where the session has none), and the thread
 * favourites (null where posting is not connected).
 */
public record ForumParts(ForumSource source, ForumWrites writes, Visits visits, ModeratorTools tools,
                         ForumFavorites favorites) {
    /** A reader without a forum: the tab says so. */
    public static final ForumParts NONE = new ForumParts(null, null, Visits.inMemory());

    public ForumParts {
        visits = visits == null ? Visits.inMemory() : visits;
    }

    public ForumParts(ForumSource source, ForumWrites writes, Visits visits) {
        this(source, writes, visits, null, null);
    }

    public ForumParts withTools(ModeratorTools value) {
        return new ForumParts(source, writes, visits, value, favorites);
    }

    public ForumParts withFavorites(ForumFavorites value) {
        return new ForumParts(source, writes, visits, tools, value);
    }

    /** Whether a thread page offered this account the thread tools (5.8). */
    public boolean toolsOffered() {
        return tools != null && tools.offered();
    }

    public boolean readable() {
        return source != null;
    }

    /** The thread list's markers in a row's order, then +N, for the help box's legend. */
    public static String markerLegend(dev.fenghuang.app.Texts texts) {
        return ThreadListPane.legend(texts);
    }

    public ForumParts withWrites(ForumWrites value) {
        return new ForumParts(source, value, visits, tools, favorites);
    }
}
