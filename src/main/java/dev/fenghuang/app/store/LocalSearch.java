package dev.fenghuang.app.store;

import dev.fenghuang.model.search.ArticleSearch;
import java.util.function.BooleanSupplier;

/**
 * Full-text search over the articles this account has read into the site's store, without asking the site: Chinese
 * is found inside longer words (渠县 in 渠县杂谈), Latin words in either case, best matches first, each hit's title
 * and a stretch of its text with the matches marked.
 */
public final class LocalSearch {
    /** Hits per page. */
    public static final int PAGE_SIZE = 10;

    /** The store's index, as the search asks it. */
    @FunctionalInterface
    public interface Index {
        ArticleSearch search(String text, int page, int pageSize);
    }

    private final Index index;
    private final BooleanSupplier usable;

    /** A search over an index that is always there. */
    public LocalSearch(Index index) {
        this(index, () -> true);
    }

    /** A search over an index that may be missing: {@code usable} says whether the store could be opened. */
    public LocalSearch(Index index, BooleanSupplier usable) {
        this.index = index;
        this.usable = usable;
    }

    /** Whether the store searched is there; false when it could not be opened (its search finds nothing). */
    public boolean usable() {
        return usable.getAsBoolean();
    }

    /**
     * One page of the stored articles holding every word of {@code text}.
     *
     * @param page 1-based; past the last one it has no hits
     */
    public ArticleSearch search(String text, int page) {
        return index.search(text.strip(), Math.max(1, page), PAGE_SIZE);
    }
}
