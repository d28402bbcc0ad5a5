package dev.fenghuang.app;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's read API, shared by the CLI and the TUI: a site's sections, lists, articles and comments,
 * through the page cache. Going back to a page already seen costs no request; {@code refresh} bypasses the cache.
 */
public final class PortalReader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PortalReader.class);

    private final SiteProfile profile;
    private final SiteReads site;
    private final PageCache cache;
    private final SectionStore sections;
    private final AutoCloseable resources;

    public PortalReader(SiteProfile profile, SiteReads site, PageCache cache, SectionStore sections,
                        AutoCloseable resources) {
        this.profile = profile;
        this.site = site;
        this.cache = cache;
        this.sections = sections;
        this.resources = resources;
    }

    public SiteProfile profile() {
        return profile;
    }

    /** The category tree: from memory, else from disk, else discovered from the site and then stored. */
    public List<Section> sections(boolean refresh) throws IOException {
        if (refresh) {
            return cache.refresh(CacheKey.sections(), this::discoverAndStore);
        }
        return cache.get(CacheKey.sections(), () -> {
            Optional<List<Section>> stored = sections.load();
            return stored.isPresent() ? stored.get() : discoverAndStore();
        });
    }

    private List<Section> discoverAndStore() throws IOException {
        List<Section> tree = site.discoverSections();
        if (!tree.isEmpty()) {
            try {
                sections.save(tree);
            } catch (IOException e) {
                log.warn("cannot store the section tree in {}: {}", sections.file(), e.toString());
            }
        }
        return tree;
    }

    public ArticleList list(int catid, int page, boolean refresh) throws IOException {
        return read(CacheKey.list(catid, page), () -> site.list(catid, page), refresh);
    }

    public Article article(long aid, int page, boolean refresh) throws IOException {
        return read(CacheKey.article(aid, page), () -> site.article(aid, page), refresh);
    }

    public CommentList comments(long aid, int page, boolean refresh) throws IOException {
        return read(CacheKey.comments(aid, page), () -> site.comments(aid, page), refresh);
    }

    /** Whether the article page is in memory: opening it would cost no request. */
    public boolean hasArticle(long aid, int page) {
        return cache.contains(CacheKey.article(aid, page));
    }

    private <T> T read(CacheKey key, PageCache.Loader<T> loader, boolean refresh) throws IOException {
        return refresh ? cache.refresh(key, loader) : cache.get(key, loader);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
