package dev.fenghuang.app.forum;

/** Told after each forum write that may have reached the site, so that what it changed is read again. */
@FunctionalInterface
public interface ForumChanges {
    /** Nothing is told. */
    ForumChanges NONE = (tid, fid) -> { };

    /**
     * A write to a thread may have changed it, its board's list and the forum index.
     *
     * @param tid the thread, 0 when not known (every thread may have changed)
     * @param fid the board, 0 when not known (every board may have changed)
     */
    void wrote(long tid, int fid);
}
