package dev.fenghuang.model.forum;

/**
 * Which part of a forum queue to list (5.7 of the protocol reference). The time window is always 全部: the site's
 * default of one week hides older items.
 *
 * @param kind the thread queue or the reply queue
 * @param ignored the ignored items (已忽略) instead of the waiting ones
 * @param fid one board, 0 for all
 * @param author the poster's name, empty for anyone
 * @param contains words in the subject (threads) or the message (replies), empty for any
 * @param perPage 20, 50 or 100 (others are rounded up to one of these)
 * @param showCensor ask the site to mark the censor words
 */
public record HeldFilter(HeldKind kind, boolean ignored, int fid, String author, String contains, int perPage,
                         boolean showCensor) {
    public HeldFilter {
        kind = kind == null ? HeldKind.REPLY : kind;
        fid = Math.max(0, fid);
        author = author == null ? "" : author.strip();
        contains = contains == null ? "" : contains.strip();
        perPage = perPage <= 20 ? 20 : perPage <= 50 ? 50 : 100;
    }

    /** Everything waiting in the queue of that kind, 20 a page, censor words marked. */
    public static HeldFilter waiting(HeldKind kind) {
        return new HeldFilter(kind, false, 0, "", "", 20, true);
    }

    public HeldFilter ignoredTab() {
        return new HeldFilter(kind, true, fid, author, contains, perPage, showCensor);
    }

    public HeldFilter waitingTab() {
        return new HeldFilter(kind, false, fid, author, contains, perPage, showCensor);
    }

    public HeldFilter withPerPage(int n) {
        return new HeldFilter(kind, ignored, fid, author, contains, n, showCensor);
    }

    public HeldFilter withCensor(boolean show) {
        return new HeldFilter(kind, ignored, fid, author, contains, perPage, show);
    }
}
