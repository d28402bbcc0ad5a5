package dev.fenghuang.app.sync;

import java.util.Locale;

/**
 * One fetch of a sync run: a list page, an article page, a comment page or an article image.
 *
 * @param kind what is fetched
 * @param id the category (a list) or the article (the others)
 * @param page the page number; 0 for an image
 * @param url the image's URL, "" for the others
 */
public record SyncItem(Kind kind, long id, int page, String url) {
    /** What an item fetches. */
    public enum Kind {
        LIST, ARTICLE, COMMENTS, IMAGE
    }

    public SyncItem {
        url = url == null ? "" : url;
    }

    public static SyncItem list(int catid, int page) {
        return new SyncItem(Kind.LIST, catid, page, "");
    }

    public static SyncItem article(long aid, int page) {
        return new SyncItem(Kind.ARTICLE, aid, page, "");
    }

    public static SyncItem comments(long aid, int page) {
        return new SyncItem(Kind.COMMENTS, aid, page, "");
    }

    public static SyncItem image(long aid, String url) {
        return new SyncItem(Kind.IMAGE, aid, 0, url);
    }

    /** The item as the ledger keeps it, e.g. {@code article 12 1}; {@link #parse} reads it back. */
    public String key() {
        String head = kind.name().toLowerCase(Locale.ROOT) + " " + id + " " + page;
        return url.isEmpty() ? head : head + " " + url;
    }

    /** Reads a {@link #key()}. */
    public static SyncItem parse(String key) {
        String[] parts = key.split(" ", 4);
        if (parts.length < 3) {
            throw new IllegalArgumentException("not a sync item: " + key);
        }
        return new SyncItem(Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)), Long.parseLong(parts[1]),
                Integer.parseInt(parts[2]), parts.length == 4 ? parts[3] : "");
    }

    /** The pages (or the picture) of the store this item is kept as once fetched. */
    public java.util.List<dev.fenghuang.cache.CacheKey> storedAs() {
        return switch (kind) {
            case LIST -> java.util.List.of(dev.fenghuang.cache.CacheKey.list((int) id, page));
            case ARTICLE -> java.util.List.of(dev.fenghuang.cache.CacheKey.article(id, page));
            case COMMENTS -> java.util.List.of(dev.fenghuang.cache.CacheKey.comments(id, page));
            case IMAGE -> java.util.List.of(dev.fenghuang.cache.CacheKey.image(url));
        };
    }

    /** Whether this is the first page of an article: what "articles synced" counts. */
    public boolean isArticle() {
        return kind == Kind.ARTICLE && page == 1;
    }
}
