package dev.fenghuang.app;

import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.util.List;

/** What the application reads from a site, one request per call (the category tree excepted). */
public interface SiteReads {
    List<Section> discoverSections() throws IOException;

    /**
     * The same, each of the crawl's pages read through {@code through} (each a request through the gate, the list
     * pages kept); a site that does not read its tree page by page passes {@code gate} as one request.
     */
    default List<Section> discoverSections(RequestGate gate,
            java.util.function.UnaryOperator<dev.fenghuang.site.SectionCrawler.Pages> through) throws IOException {
        gate.enter();
        try {
            return discoverSections();
        } finally {
            gate.leave();
        }
    }

    /**
     * Loads and sets up, ahead, what reading a page from the site needs before its first page comes (a thread
     * waiting for one calls it); idempotent, and only ever an optimisation.
     */
    default void prepareToRead() {
    }

    /**
     * Builds, ahead, what sending the first request to the site needs (the HTTP client): for a thread about to wait
     * for something else first; idempotent, and only ever an optimisation.
     */
    default void prepareToSend() {
    }

    ArticleList list(int catid, int page) throws IOException;

    Article article(long aid, int page) throws IOException;

    CommentList comments(long aid, int page) throws IOException;
}
