package dev.fenghuang.tui.read;

import dev.fenghuang.app.store.LocalSearch;
import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.model.search.ArticleSearch;
import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * Where the search view's hits come from: the site's own search or the articles kept in the site's store. Each
 * names its texts by a prefix ({@code search.} or {@code search.local.}: the prompt, the view's title, the heading).
 */
public interface SearchSource {
    /** Whether the hits come from the store rather than the site. */
    boolean local();

    /**
     * Whether the source can search at all: false for the store where there is none or it could not be opened. It
     * may wait for the store to open, so the view asks it off the UI thread.
     */
    boolean usable();

    /** A page of hits, best first; {@code secondsLeft} is told of each second the site's interval holds it back. */
    ArticleSearch search(String keyword, int page, IntConsumer secondsLeft) throws IOException;

    /** The prefix of this source's texts. */
    default String texts() {
        return local() ? "search.local." : "search.";
    }

    /** The site's search; null gives null (no site search). */
    static SearchSource site(PortalSearch search) {
        return search == null ? null : new SearchSource() {
            @Override
            public boolean local() {
                return false;
            }

            @Override
            public boolean usable() {
                return true;
            }

            @Override
            public ArticleSearch search(String keyword, int page, IntConsumer secondsLeft) throws IOException {
                return search.search(keyword, page, secondsLeft::accept);
            }
        };
    }

    /** The store's search; with none ({@code null}) a source that is never usable. */
    static SearchSource stored(LocalSearch search) {
        return new SearchSource() {
            @Override
            public boolean local() {
                return true;
            }

            @Override
            public boolean usable() {
                return search != null && search.usable();
            }

            @Override
            public ArticleSearch search(String keyword, int page, IntConsumer secondsLeft) {
                return search.search(keyword, page);
            }
        };
    }
}
