package dev.fenghuang.app;

import dev.fenghuang.app.image.ImageBudget;
import dev.fenghuang.app.image.ImageDecoder;
import dev.fenghuang.app.image.ImageDeferred;
import dev.fenghuang.app.image.ImageFetch;
import dev.fenghuang.app.image.ImageLimits;
import dev.fenghuang.app.image.UnreadableImage;
import dev.fenghuang.app.store.OfflinePages;
import dev.fenghuang.app.store.ReadMarks;
import dev.fenghuang.app.store.ReadState;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.app.store.StalePages;
import dev.fenghuang.app.store.StoreNotices;
import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.http.DeadlineExceeded;
import dev.fenghuang.http.PageTooLarge;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.ArticleList;
import dev.fenghuang.model.ArticleSummary;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.Picture;
import dev.fenghuang.model.Section;
import dev.fenghuang.site.SectionCrawler;
import dev.fenghuang.site.read.SectionLinks;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Requests of this reader's on their way to the site (pages and images the caches could not answer). */
    private final RequestsUnderWay underWay = new RequestsUnderWay();
    private final SiteProfile profile;
    private final SiteReads site;
    private final PageCache cache;
    private final SectionStore sections;
    private final AutoCloseable resources;
    private final ImageFetch images;
    private final ImageDecoder decoder;
    private final ImageLimits imageLimits;
    private volatile ReadMarks marks = ReadMarks.inMemory(java.time.Clock.systemUTC());
    private volatile StoreNotices storeNotices = new StoreNotices(line -> { }); // no store: nothing to tell
    private volatile RequestGate gate = RequestGate.OPEN;

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

    /** Whose pages this reader's store keeps now: a guest's or the signed-in member's; empty without a store. */
    public java.util.Optional<String> storedViewer() {
        return cache.lastingViewer();
    }

    public SiteProfile profile() {
        return profile;
    }

    /** The account's read articles; in memory for the run unless {@link #withMarks} gave lasting ones. */
    public ReadMarks marks() {
        return marks;
    }

    /** This reader, its store telling its notices through {@code notices}. */
    public PortalReader withStoreNotices(StoreNotices notices) {
        this.storeNotices = notices;
        return this;
    }

    /**
     * From now on the store's notices go to {@code told} (a screen's status line, posted to its thread by the
     * caller); null gives them back to where they went before (stderr).
     */
    public void onStoreNotice(java.util.function.Consumer<String> told) {
        storeNotices.to(told);
    }

    /**
     * Runs {@code told} on the thread of this reader's first request to the site, as it is sent (once a reader; a
     * read the caches answer sends none). It must return at once.
     */
    public void onFirstSend(Runnable told) {
        underWay.onFirstSend(told);
    }

    /** This reader, keeping its read marks in {@code kept} (the account's marks in the site's store). */
    public PortalReader withMarks(ReadMarks kept) {
        this.marks = kept;
        return this;
    }

    /**
     * Each listed article's read state, by article id in the list's order. The first page of each article read
     * before is read through the cache for its comment count now (the list page gives none): fresh, it costs no
     * request; {@code refresh} fetches it again. One that cannot be read counts no new comments.
     */
    public Map<Long, ReadState> readStates(ArticleList list, boolean refresh) {
        Map<Long, ReadState> states = new LinkedHashMap<>();
        for (ArticleSummary s : list.articles()) {
            OptionalLong count = OptionalLong.empty();
            if (marks.mark(s.aid()).isPresent()) {
                try {
                    count = OptionalLong.of(article(s.aid(), 1, refresh).commentCount());
                } catch (IOException e) {
                    log.info("no comment count for article {}: {}", s.aid(), e.toString());
                    count = knownCommentCount(s.aid());
                }
            }
            states.put(s.aid(), marks.state(s.aid(), count));
        }
        return states;
    }

    /** The read state of article {@code aid} as far as memory knows its comment count; no request is made. */
    public ReadState readState(long aid) {
        return marks.state(aid, knownCommentCount(aid));
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

    /**
     * From now on {@code told} hears of every page shown from the store because the site is not asked
     * ({@code --offline}) or could not be reached, portal and forum alike.
     */
    public void onOffline(OfflinePages told) {
        cache.onOffline((key, fetchedAt) -> told.shown(describe(key), fetchedAt));
    }

    /** What a page is, in words of the command line: {@code article 1 page 1}, {@code list 2 page 1}. */
    static String describe(CacheKey key) {
        String kind = key.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return kind + (key.id() > 0 ? " " + key.id() : "") + (key.page() > 0 ? " page " + key.page() : "");
    }

    /** From now on the store keeps a page read from the site behind the answer: the reader's frame does not wait. */
    public void storeBehind() {
        cache.writeBehind();
    }

    /**
     * While {@code hold}, what the store is to keep (pages, read marks) waits until released ({@code false}) or the
     * store is asked for anything: the terminal reader holds it while a page is fetched and drawn, so the frame does
     * not share the processor with the save of its page. Without a store, or not writing behind, nothing changes.
     */
    public void holdStores(boolean hold) {
        cache.holdWrites(hold);
    }

    /** Returns once the store holds every page read so far (it may keep them behind the answers). */
    public void stored() {
        cache.written();
    }

    /** The category tree: from memory, else from disk, else discovered from the site and then stored. */
    public List<Section> sections(boolean refresh) throws IOException {
        Map<Integer, ArticleList> listsRead = new java.util.concurrent.ConcurrentHashMap<>();
        List<Section> tree = refresh ? cache.refresh(CacheKey.sections(), () -> discoverAndStore(listsRead, true))
                : cache.get(CacheKey.sections(), () -> {
                    Optional<List<Section>> stored = sections.load();
                    return stored.isPresent() ? stored.get() : discoverAndStore(listsRead, false);
                });
        for (Map.Entry<Integer, ArticleList> read : listsRead.entrySet()) {
            // kept now, past the tree's own computing: the lists shown or synced next are not asked for again
            cache.refresh(CacheKey.list(read.getKey(), 1), read::getValue);
        }
        return tree;
    }

    /**
     * Crawls the tree, each request through the gate (a sync's pause and back-off); the first list pages it reads
     * go into {@code listsRead}, a list page in memory is not asked for (unless {@code refresh}).
     */
    private List<Section> discoverAndStore(Map<Integer, ArticleList> listsRead, boolean refresh) throws IOException {
        RequestGate through = gate;
        List<Section> tree = site.discoverSections(through, pages -> new SectionCrawler.Pages() {
            @Override
            public SectionLinks front() throws IOException {
                return politely(through, pages::front);
            }

            @Override
            public ArticleList firstListPage(int catid) throws IOException {
                Optional<ArticleList> known = refresh ? Optional.empty() : cache.peek(CacheKey.list(catid, 1));
                if (known.isPresent()) {
                    return known.get();
                }
                ArticleList page = politely(through, () -> pages.firstListPage(catid));
                listsRead.put(catid, page);
                return page;
            }
        });
        if (!tree.isEmpty() && Section.listRefusedIn(tree).isEmpty()) { // a refused list is asked for again next time
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

    /**
     * When a request of this reader's is on its way to the site, sets up what reading its page needs
     * ({@link SiteReads#prepareToRead}), on the calling thread, once a reader: for a thread with nothing else to do
     * until the page comes. True once it has; false while no request is under way.
     */
    public boolean prepareWhileSending() {
        return underWay.prepareWhileSending(site::prepareToRead);
    }

    /**
     * Builds, on the calling thread, what sending this reader's first request needs ({@link SiteReads#prepareToSend}):
     * for a thread whose first read would otherwise wait idle for the store to open.
     */
    public void prepareToSend() {
        site.prepareToSend();
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

    /** From now on every request this reader sends to the site passes {@code through} (sync's politeness). */
    public void sendThrough(RequestGate through) {
        this.gate = through;
    }

    /** One request through the gate, sent again while the gate says to (the site said it is busy). */
    private static <T> T politely(RequestGate through, PageCache.Loader<T> loader) throws IOException {
        for (int tries = 0; ; tries++) {
            through.enter();
            try {
                return loader.load();
            } catch (IOException e) {
                if (!through.again(e, tries)) {
                    throw e;
                }
            } finally {
                through.leave();
            }
        }
    }

    private <T> T read(CacheKey key, PageCache.Loader<T> loader, boolean refresh) throws IOException {
        RequestGate through = gate;
        PageCache.Loader<T> gated = () -> {
            through.enter();
            underWay.sending();
            try {
                return loader.load();
            } finally {
                underWay.done();
                through.leave();
            }
        };
        return refresh ? cache.refresh(key, gated) : cache.get(key, gated);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
