package dev.fenghuang.cache;

/**
 * What a cached value is: its kind decides how long it lives.
 *
 * @param kind the kind of page
 * @param id the category or article id (0 for the section tree)
 * @param page the page number (0 where pages do not apply)
 * @param name the image's URL ("" for pages)
 */
public record CacheKey(Kind kind, long id, int page, String name) {

    /** Kinds of cached pages, each with its own time to live. */
    public enum Kind {
        SECTIONS, LIST, ARTICLE, COMMENTS, IMAGE
    }

    public CacheKey(Kind kind, long id, int page) {
        this(kind, id, page, "");
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
}
