package dev.fenghuang.app;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Section;
import dev.fenghuang.http.DeadlineExceeded;
import dev.fenghuang.http.PageTooLarge;
import dev.fenghuang.model.Picture;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
    private final ImageFetch images;
    private final ImageDecoder decoder;
    private final ImageLimits imageLimits;

    /** A reader that fetches no images. */
    public PortalReader(SiteProfile profile, SiteReads site, PageCache cache, SectionStore sections,
                        AutoCloseable resources) {
        this(profile, site, cache, sections, resources, ImageFetch.NONE, ImageLimits.defaults());
    }

    public PortalReader(SiteProfile profile, SiteReads site, PageCache cache, SectionStore sections,
                        AutoCloseable resources, ImageFetch images, ImageLimits imageLimits) {
        this.profile = profile;
        this.site = site;
        this.cache = cache;
        this.sections = sections;
        this.resources = resources;
        this.images = images;
        this.imageLimits = imageLimits;
        this.decoder = new ImageDecoder(imageLimits, System::nanoTime);
    }

    public SiteProfile profile() {
        return profile;
    }

    /**
     * From now on a page the store holds past its time to live is shown at once and fetched again behind it, for the
     * portal and the forum alike (they share the cache); {@code told} hears of both. Without this call (the CLI) such
     * a page is fetched again before it is answered, so a command prints what the site says now.
     */
    public void refreshBehind(StalePages told) {
        java.util.concurrent.ExecutorService refreshers = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "stale-refresh");
            t.setDaemon(true);
            return t;
        });
        refreshBehind(refreshers, told);
    }

    /** The same, refreshing on {@code executor}. */
    public void refreshBehind(java.util.concurrent.Executor executor, StalePages told) {
        cache.refreshBehind(executor, new dev.fenghuang.cache.StaleListener() {
            @Override
            public void stale(CacheKey key, java.time.Instant fetchedAt) {
                told.shown(describe(key), fetchedAt);
            }

            @Override
            public void refreshed(CacheKey key) {
                told.refreshed(describe(key));
            }

            @Override
            public void refreshFailed(CacheKey key, IOException error) {
                told.failed(describe(key), error);
            }
        });
    }

    private static String describe(CacheKey key) {
        String kind = key.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return kind + (key.id() > 0 ? " " + key.id() : "") + (key.page() > 0 ? " page " + key.page() : "");
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

    /**
     * The comment count of an article whose first page is in memory (a list page gives no counts); empty when it
     * is not, and no request is made.
     */
    public OptionalLong knownCommentCount(long aid) {
        return cache.<Article>peek(CacheKey.article(aid, 1)).map(a -> OptionalLong.of(a.commentCount()))
                .orElse(OptionalLong.empty());
    }

    /** Whether the article page is in memory: opening it would cost no request. */
    public boolean hasArticle(long aid, int page) {
        return cache.contains(CacheKey.article(aid, page));
    }

    /**
     * An article image, decoded within the caps of {@link ImageLimits}, through the cache (a picture seen once costs
     * no request). Only http and https URLs are fetched.
     *
     * @param page the article's URL, sent as the Referer
     * @throws ImageDeferred when fetching it would pass the budget (time or bytes): it may be asked for later
     * @throws UnreadableImage when it is not an image, corrupt, or over a cap
     * @throws IOException when it cannot be fetched
     */
    public Picture picture(String url, String page, ImageBudget budget, boolean refresh) throws IOException {
        URI uri = httpUri(url);
        return read(CacheKey.image(url), () -> {
            long cap = Math.min(imageLimits.maxBytes(), budget.bytesLeft());
            if (cap <= 0) {
                throw new ImageDeferred("the article's images passed their byte budget", null);
            }
            byte[] bytes;
            try {
                bytes = images.fetch(uri, page == null ? null : URI.create(page), cap, budget.perImage());
            } catch (DeadlineExceeded slow) {
                throw new ImageDeferred("the image took longer than " + budget.perImage().toMillis() + " ms", slow);
            } catch (PageTooLarge large) {
                budget.spend(large.limitBytes());
                if (cap < imageLimits.maxBytes()) {
                    throw new ImageDeferred("the article's images passed their byte budget", large);
                }
                throw new UnreadableImage("the image is larger than " + imageLimits.maxBytes() / 1024 + " KB");
            }
            budget.spend(bytes.length);
            return decoder.decode(bytes);
        }, refresh);
    }

    private static URI httpUri(String url) throws UnreadableImage {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            throw new UnreadableImage("not a URL: " + e.getReason());
        }
        throw new UnreadableImage("only http and https images are fetched");
    }

    private <T> T read(CacheKey key, PageCache.Loader<T> loader, boolean refresh) throws IOException {
        return refresh ? cache.refresh(key, loader) : cache.get(key, loader);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
