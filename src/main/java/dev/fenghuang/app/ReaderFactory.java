package dev.fenghuang.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.fenghuang.app.forum.ForumReader;
import dev.fenghuang.app.image.ImageLimits;
import dev.fenghuang.app.store.LocalSearch;
import dev.fenghuang.app.store.MarksBehind;
import dev.fenghuang.app.store.PageViewers;
import dev.fenghuang.app.store.ReadMarks;
import dev.fenghuang.app.store.SectionStore;
import dev.fenghuang.app.store.StoreMode;
import dev.fenghuang.app.store.StoreNotices;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.cache.Reach;
import dev.fenghuang.cache.SecondLevel;
import dev.fenghuang.cache.WriteBehind;
import dev.fenghuang.http.CookieFile;
import dev.fenghuang.http.Unreachable;
import dev.fenghuang.http.WebClient;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.site.DiscuzAccount;
import dev.fenghuang.site.DiscuzAdmin;
import dev.fenghuang.site.DiscuzSite;
import dev.fenghuang.site.forum.ForumReading;
import dev.fenghuang.site.read.PortalSearching;
import dev.fenghuang.store.MarkKeeper;
import dev.fenghuang.store.OpeningStore;
import dev.fenghuang.store.SqliteLibrary;
import dev.fenghuang.store.SiteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Builds the application for a site profile and an account: one HTTP client whose cookies live in the account's
 * private cookie file, the adapter, one cache, the section store and the drafts.
 */
public final class ReaderFactory {
    /** Discuz's default time zone (UTC+8); times on the page carry no zone. */
    private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

    /** The store's file in each site's cache folder. */
    public static final String STORE_FILE = "store.sqlite";

    private final XdgDirs dirs;
    private final FileGuard guard;
    private final Clients clients;

    /** A factory whose state checks tell of repaired modes only in the log. */
    public ReaderFactory(XdgDirs dirs) {
        this(dirs, FileGuard.forThisUser(notice -> org.slf4j.LoggerFactory.getLogger(ReaderFactory.class)
                .warn("{}", notice)));
    }

    /** @param guard checks the state directories and files before they are used (lstat: owner, mode, no link) */
    public ReaderFactory(XdgDirs dirs, FileGuard guard) {
        this(dirs, guard, WebClient::new);
    }

    /** @param clients builds the session's HTTP client over the account's cookie file */
    ReaderFactory(XdgDirs dirs, FileGuard guard, Clients clients) {
        this.dirs = dirs;
        this.guard = guard;
        this.clients = clients;
    }

    /** How a session's HTTP client is built. */
    interface Clients {
        WebClient client(dev.fenghuang.http.HttpSettings settings, CookieFile cookies);
    }

    /** A reader for the default account's session (a guest's when nobody signed in). */
    public PortalReader open(SiteProfile profile, AutoCloseable alsoClose) {
        return openSession(profile, null, alsoClose).reader();
    }

    /**
     * Reading and writing as one account ({@code null}: the default account). On the built-in demo portal, new and
     * empty every run, the account starts signed out: a session kept from an earlier run's portal names a member that
     * portal had, and is removed before it could be sent.
     */
    public PortalSession openSession(SiteProfile profile, String account, AutoCloseable alsoClose) {
        return openSession(profile, account, alsoClose, StoreMode.NORMAL);
    }

    /**
     * The same, using the store as {@code mode} says: offline, every read answers from the store and no request is
     * sent; with the memory cache alone, no store file is opened or made. Otherwise a read the site cannot be
     * reached for answers from the store, and the site is not asked again for {@link Reach#DEFAULT_RETRY_AFTER}.
     */
    public PortalSession openSession(SiteProfile profile, String account, AutoCloseable alsoClose, StoreMode mode) {
        AccountPaths paths = AccountPaths.of(dirs, profile, account);
        if (profile.isBuiltInDemo()) {
            forgetSession(paths);
        }
        CookieFile cookies;
        try {
            paths.check(guard, dirs);
            cookies = CookieFile.open(paths.cookies());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the session in " + paths.cookies(), e);
        }
        tellSkipped(cookies);
        StoreNotices storeNotices = new StoreNotices(guard::tell);
        // the store starts opening before the client is built: the viewer is known from the cookie file alone
        SecondLevel lasting = mode == StoreMode.MEMORY_ONLY ? SecondLevel.NONE
                : lastingStore(profile, paths, pageViewer(paths, cookies), storeNotices); // opens meanwhile
        WebClient http = clients.client(profile.http(), cookies);
        if (mode == StoreMode.OFFLINE) {
            http.refuseRequests();
        }
        Clock clock = Clock.system(SITE_ZONE);
        java.nio.charset.Charset charset = profile.http().charsetOverride().orElse(StandardCharsets.UTF_8);
        DiscuzSite site = new DiscuzSite(profile.base(), charset, http, clock);
        // the store writes a page behind the frame that shows it; what reads the store waits for it
        WriteBehind saving = new WriteBehind(lasting);
        PageCache cache = new PageCache(profile.cache().within(Runtime.getRuntime().maxMemory()), Ticker.systemTicker(),
                lasting == SecondLevel.NONE ? lasting : saving, Clock.systemUTC());
        cache.workOffline(new Reach(mode == StoreMode.OFFLINE, Unreachable::is, Clock.systemUTC(),
                Reach.DEFAULT_RETRY_AFTER));
        PortalReader reader = new PortalReader(profile, new DiscuzReads(site, profile), cache,
                mode == StoreMode.MEMORY_ONLY ? SectionStore.inMemory(dirs, profile)
                        : SectionStore.forSite(dirs, profile), () -> {
                    try (alsoClose; http; AutoCloseable store = lasting instanceof OpeningStore s ? s : () -> { };
                         saving) {
                        // closes them all, the store last
                    }
                }, http::image, ImageLimits.defaults())
                .withMarks(ReadMarks.over(lasting instanceof MarkKeeper kept ? new MarksBehind(kept, saving)
                        : MarkKeeper.NONE, Clock.systemUTC())).withStoreNotices(storeNotices);
        Participation participation = new Participation(new DiscuzAccount(profile.base(), http, clock), cache,
                new DraftStore(paths.drafts(), guard), new Participation.SessionEnd() {
                    @Override
                    public void forget() throws IOException {
                        http.clearCookies();
                        java.nio.file.Files.deleteIfExists(paths.member());
                    }

                    @Override
                    public void signedIn(String memberName) throws IOException {
                        new PrivateFiles(paths.dir(), guard).replace(paths.member(), memberName);
                    }

                    @Override
                    public int take(String cookieHeader) {
                        return http.importCookies(profile.base(), cookieHeader);
                    }
                }).withMarks(reader.marks());
        Moderation moderation = new Moderation(new DiscuzAdmin(profile.base(), http, clock), participation,
                AuditLog.in(dirs, guard), profile.base().toString(), () -> ProbeArticle.find(reader), clock);
        ForumReader forum = new ForumReader(new ForumReading(profile.base(), charset, http::get, clock), cache);
        PortalSearching searching = new PortalSearching(profile.base(), charset, http, clock);
        PortalSession session = new PortalSession(reader, participation, moderation, forum,
                dev.fenghuang.app.forum.ThreadVisits.forAccount(dirs, profile, paths));
        if (lasting instanceof OpeningStore store) {
            session.withLocalSearch(new LocalSearch((text, page, size) -> {
                saving.written();
                return store.searchArticles(text, page, size);
            }, store::usable));
        }
        return session.withSearch(new PortalSearch(new PortalSearch.Site() {
                    @Override
                    public ArticleSearch search(String keyword) throws IOException {
                        return searching.search(keyword);
                    }

                    @Override
                    public ArticleSearch page(long searchId, int page) throws IOException {
                        return searching.page(searchId, page);
                    }
                }, clock, PortalSearch.Sleeper.REAL));
    }

    /**
     * The site's store ({@code $XDG_CACHE_HOME/fenghuang/sites/SITE/store.sqlite}), holding this account's pages
     * beside other accounts'; none when {@code store.enabled} is false or its folder is not safe to use, and none for
     * the built-in demo portal, which starts new every run: pages stored from an earlier run's portal (a comment
     * written there) would show what this portal never had.
     */
    private SecondLevel lastingStore(SiteProfile profile, AccountPaths paths, String pageViewer,
                                     StoreNotices notices) {
        if (!profile.store().enabled() || profile.isBuiltInDemo()) {
            return SecondLevel.NONE;
        }
        Path siteDir = dirs.cache().resolve("sites").resolve(profile.storageKey());
        try {
            guard.directory(dirs.cache(), siteDir);
        } catch (IOException e) {
            guard.tell("the store in " + siteDir + " is not used: " + e.getMessage());
            return SecondLevel.NONE;
        }
        String account = paths.dir().getFileName().toString();
        Optional<Path> library = libraryFolder();
        return new OpeningStore(() -> {
            library.ifPresent(SqliteLibrary::useFrom);
            return SiteStore.open(siteDir.resolve(STORE_FILE), profile.store().maxBytes(), account, pageViewer,
                    Clock.systemUTC(), notices);
        });
    }

    /** Where SQLite's native library is kept ({@code $XDG_CACHE_HOME/fenghuang/native/VERSION}); none when unsafe. */
    private Optional<Path> libraryFolder() {
        Path folder = dirs.cache().resolve("native").resolve(SqliteLibrary.version());
        try {
            guard.directory(dirs.cache(), folder);
            return Optional.of(folder);
        } catch (IOException e) {
            return Optional.empty(); // sqlite-jdbc extracts its library into the temp folder, as it always did
        }
    }

    /** Whose stored pages this run shows: the member's the account signed in as, or a guest's. */
    String pageViewer(AccountPaths paths, CookieFile cookies) {
        boolean signedIn = cookies.endingWith("_auth").isPresent();
        java.util.Optional<String> name = java.util.Optional.empty();
        if (signedIn) {
            try {
                guard.file(paths.member());
                if (java.nio.file.Files.size(paths.member()) <= 256) {
                    name = java.util.Optional.of(java.nio.file.Files.readString(paths.member()));
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // signed in before names were kept
            } catch (IOException e) {
                guard.tell("the name in " + paths.member() + " is not used: " + e.getMessage());
            }
        }
        return PageViewers.atStart(signedIn, name, paths.dir().getFileName().toString());
    }

    private void forgetSession(AccountPaths paths) {
        try {
            paths.check(guard, dirs);
            java.nio.file.Files.deleteIfExists(paths.cookies());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo signed out: " + paths.cookies(), e);
        }
    }

    /** Names the file and the lines of it that were skipped, never their content (a session token). */
    private void tellSkipped(CookieFile cookies) {
        java.util.List<Integer> lines = cookies.unreadableLines();
        if (!lines.isEmpty()) {
            guard.tell("skipped unreadable " + (lines.size() == 1 ? "line " : "lines ")
                    + lines.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + " of " + cookies.file() + "; the cookies there are lost and you may have to sign in again");
        }
    }
}
