package dev.fenghuang.cache;

/**
 * What a cached value is: its kind decides how long it lives.
 *
 * @param kind the kind of page
 * @param id the category, article, board or thread id (0 for the section tree and the forum index)
 * @param page the page number (0 where pages do not apply)
 * @param name the image's URL; for a board or thread page what filters it ("" for none)
 */
public record CacheKey(Kind kind, long id, int page, String name) {

    /** Kinds of cached pages, each with its own time to live. */
    public enum Kind {
        SECTIONS, LIST, ARTICLE, COMMENTS, IMAGE, FORUM_INDEX, BOARD, THREAD
    }

    public CacheKey(Kind kind, long id, int page) {
        this(kind, id, page, "");
    }

    // equals, hashCode and toString as a record's, written out: the generated ones link a method handle at their
    // first call (java.lang.runtime.ObjectMethods), ~10 ms of the first page's fetch at start (issue 13).

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheKey k && kind == k.kind && id == k.id && page == k.page
                && java.util.Objects.equals(name, k.name);
    }

    @Override
    public int hashCode() {
        return ((java.util.Objects.hashCode(kind) * 31 + Long.hashCode(id)) * 31 + page) * 31
                + java.util.Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "CacheKey[kind=" + kind + ", id=" + id + ", page=" + page + ", name=" + name + "]";
    }

    public static CacheKey sections() {
        return new CacheKey(Kind.SECTIONS, 0, 0);
    }

    public static CacheKey list(int catid, int page) {
        return new CacheKey(Kind.LIST, catid, page);
    }

    public static CacheKey article(long aid, int page) {
        return new CacheKey(Kind.ARTICLE, aid, page);
    }

    public static CacheKey comments(long aid, int page) {
        return new CacheKey(Kind.COMMENTS, aid, page);
    }

    /** A decoded article image, by its URL; it lives as long as an article. */
    public static CacheKey image(String url) {
        return new CacheKey(Kind.IMAGE, 0, 0, url);
    }

    /** The forum index (its statistics and every board's counts). */
    public static CacheKey forumIndex() {
        return new CacheKey(Kind.FORUM_INDEX, 0, 0);
    }

    /**
     * A page of a board's thread list.
     *
     * @param filter what narrows or orders the list (thread type, digest, order), "" for the site's default list
     */
    public static CacheKey board(int fid, int page, String filter) {
        return new CacheKey(Kind.BOARD, fid, page, filter);
    }

    /**
     * A page of a thread.
     *
     * @param authorId the member whose posts alone the page shows (只看该作者), 0 for every floor
     */
    public static CacheKey thread(long tid, int page, long authorId) {
        return new CacheKey(Kind.THREAD, tid, page, authorId == 0 ? "" : "author=" + authorId);
    }
}
