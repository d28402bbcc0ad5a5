package dev.fenghuang.demo;

import dev.fenghuang.demo.http.Cookies;
import dev.fenghuang.demo.seed.ContentGenerator;
import dev.fenghuang.demo.seed.ModerationTraffic;
import dev.fenghuang.demo.store.Members;
import dev.fenghuang.demo.store.PortalComment;
import dev.fenghuang.demo.store.PortalContent;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small Discuz! X3.5-compatible portal on 127.0.0.1, for client tests and demonstrations. It serves
 * the portal index, category lists, articles and comment pages as the real X3.5 site prints them
 * (see the protocol reference), in UTF-8 or GBK, and the write side: login and logout, comments (post,
 * quote, edit, delete), reactions and favourites, with the optional captcha, and the admin panel's comment
 * moderation on {@code admin.php} (re-authentication, the pending-comment queue, comment search), and the forum of
 * {@code dev.fenghuang.demo.forum} (boards, threads, posting, its queues and thread tools). The accounts
 * are listed in {@code Members}: admin/admin123, moderator1/mod12345, reader1/reader123, reader2/reader234 (security
 * question 1, answer 王芳), 归来/guilai123. It can be told to misbehave with {@link #inject(FaultRule)}, per path and
 * for a number of requests, and serve HTTPS with a self-signed certificate ({@link DemoOptions#https()}).
 *
 * <pre>{@code
 * try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
 *     URI article = portal.baseUrl().resolve("portal.php?mod=view&aid=1");
 * }
 * }</pre>
 */
public final class DemoPortal implements AutoCloseable {
    /** Enough threads that connections held by stall and drip faults do not starve the other requests. */
    private static final int THREADS = 64;

    private final HttpServer server;
    private final ExecutorService executor;
    private final DemoHandler handler;
    private final SiteSettings site;
    private final DemoOptions options;
    private final Stores stores;
    private final SiteClock clock;
    private final Optional<SelfSignedCertificate> certificate;

    private DemoPortal(HttpServer server, ExecutorService executor, DemoHandler handler, SiteSettings site,
            DemoOptions options, Stores stores, SiteClock clock, Optional<SelfSignedCertificate> certificate) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.site = site;
        this.options = options;
        this.stores = stores;
        this.clock = clock;
        this.certificate = certificate;
    }

    /**
     * Turns Nagle's algorithm off for the JDK's server (read once, when its first server is made): it writes an
     * answer's head and body apart, and on a kept-alive connection the body then waited for the client's delayed
     * acknowledgement of the head, 40 ms on Linux, as no real site's server lets it.
     */
    private static void answerAtOnce() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * Generates the content and starts serving.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static DemoPortal start(DemoOptions options) {
        answerAtOnce();
        Optional<SelfSignedCertificate> certificate = options.https()
                ? Optional.of(SelfSignedCertificate.generate()) : Optional.empty();
        HttpServer server;
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port());
            if (certificate.isPresent()) {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(certificate.get().context()));
                server = https;
            } else {
                server = HttpServer.create(address, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + options.port(), e);
        }
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        SiteClock clock = new SiteClock(Clock.systemUTC());
        SiteSettings site = new SiteSettings(options.charset(),
                Cookies.random(4, random) + "_2132_", HexFormat.of().formatHex(secret),
                (options.https() ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort() + "/", options.emptyIndex(), clock,
                options.captcha(), options.favoritesOff());
        PortalContent content = ContentGenerator.generate(options.seed(), options.moderationTraffic()
                ? ModerationTraffic.articles(options.seed(), site.now()) : List.of());
        Stores stores = Stores.of(options.hostile() ? HostileSite.content(content) : content);
        if (options.moderationTraffic()) {
            ModerationTraffic.seed(stores.content(), stores.queue(), options.seed(), site.now());
        }
        dev.fenghuang.demo.forum.seed.SeedThreads.plant(stores.forum(), options.seed(), site.now());
        if (options.hostile()) {
            HostileForum.plant(stores.forum());
        }
        Router router = options.hostile() ? new Router(stores, HostileSite.messages()) : new Router(stores);
        DemoHandler handler = new DemoHandler(site, router, stores.sessions(), options);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "demo-portal-" + site.canonicalAuthority());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", options.hostile() ? HostileSite.around(handler) : handler);
        server.setExecutor(executor);
        server.start();
        return new DemoPortal(server, executor, handler, site, options, stores, clock, certificate);
    }

    /** {@code http://127.0.0.1:PORT/}, or {@code https://127.0.0.1:PORT/} when serving HTTPS. */
    public URI baseUrl() {
        return URI.create(site.canonicalBase());
    }

    public DemoOptions options() {
        return options;
    }

    /** The cookie-name prefix of this instance, e.g. {@code Ab3x_2132_}; random per start. */
    public String cookiePrefix() {
        return site.cookiePrefix();
    }

    /**
     * The certificate an HTTPS portal presents, as PEM, for a client's trust setting.
     *
     * @throws IllegalStateException when the portal serves plain HTTP
     */
    public String certificatePem() {
        return certificate.orElseThrow(() -> new IllegalStateException("the demo portal serves plain HTTP")).pem();
    }

    /** Applies the fault to every following request, together with those already injected. */
    public void inject(Fault fault) {
        handler.inject(FaultRule.of(fault));
    }

    /** Applies the fault to the following requests the rule matches, as many times as it says. */
    public void inject(FaultRule rule) {
        handler.inject(rule);
    }

    /**
     * Removes every injected fault, and a pending {@link #dropNextWriteAnswer()}; connections held by a stall or a
     * drip are closed.
     */
    public void clearFaults() {
        handler.clearFaults();
    }

    /**
     * The next write that goes through (a comment, edit, delete, reaction or favourite) is stored, and then the
     * connection is closed without an answer; later requests are answered normally. For testing clients that must
     * never post twice.
     */
    public void dropNextWriteAnswer() {
        handler.dropNextWrite();
    }

    /** Ends every login session on the server side: members' next requests are a guest's ({@code discuz_uid = '0'}). */
    public void expireSessions() {
        stores.sessions().expireAll();
    }

    /**
     * Ends every admin panel session: the next {@code admin.php} request of an admin gets the re-authentication form.
     */
    public void expireAdminSessions() {
        stores.adminSessions().endAll();
    }

    /**
     * Moves the site's clock forward, for the 15-second flood limit, the 15-minute login lock and the 30-minute admin
     * session without sleeping.
     */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** Stops the site's clock, so that waits such as the flood limit's seconds are exact; see {@link #advanceClock}. */
    public void freezeClock() {
        clock.freeze();
    }

    /** The code of the captcha image loaded last under any hash, if any. */
    public Optional<String> newestCaptchaCode() {
        return stores.captchas().newest();
    }

    /** The code of the captcha image loaded last under hash {@code H} (the {@code idhash}), if any. */
    public Optional<String> captchaCode(String hash) {
        return stores.captchas().latest(hash);
    }

    /**
     * How many comments on the article were posted with exactly this text, whatever their status: for tests that must
     * see a write happen once.
     */
    public long commentsWithText(long aid, String message) {
        return stores.content().allComments().stream().filter(c -> c.aid() == aid && c.message().equals(message))
                .count();
    }

    /** How many reactions the member of this name left on the article (the site allows one). */
    public long reactionsBy(String name, long aid) {
        return stores.content().reactions().recent((int) aid).stream().filter(r -> r.member().name().equals(name))
                .count();
    }

    /** How many times the article is among the favourites of the member of this name. */
    public long favoritesOf(String name, long aid) {
        return Members.account(name)
                .map(a -> stores.favorites().of(a.member()).stream().filter(f -> f.aid() == aid).count()).orElse(0L);
    }

    /** The cids waiting in the moderation queue (not the ignored ones), newest first. */
    public List<Long> pendingCommentIds() {
        return stores.queue().newestFirst(false).stream().map(e -> (long) e.cid()).toList();
    }

    /** A comment's state: {@code visible}, {@code pending}, {@code ignored}, or {@code deleted} when it is gone. */
    public String commentState(long cid) {
        return stores.content().comment((int) cid).map(c -> switch (c.status()) {
            case PortalComment.PENDING -> "pending";
            case PortalComment.IGNORED -> "ignored";
            default -> "visible";
        }).orElse("deleted");
    }

    /**
     * A forum post's state: {@code visible}, {@code banned}, {@code pending}, {@code ignored}, {@code recycled}, or
     * {@code missing} when there is no such pid.
     */
    public String forumPostState(int pid) {
        return stores.forum().postState(pid);
    }

    /** The forum's moderation log, oldest first, as {@code TID MODERATOR ACTION: REASON} lines. */
    public List<String> forumModerationLog() {
        return stores.forum().moderationLog();
    }

    /** Ends every front-end moderation panel session ({@code modcp}): the next visit asks for the password again. */
    public void expireModcpSessions() {
        stores.forum().endModcpSessions();
    }

    /** How many requests arrived, whatever was answered. */
    public long requestCount() {
        return handler.requestCount();
    }

    /** Path and query of every request, in arrival order. */
    public List<String> requestLog() {
        return handler.requestLog();
    }

    @Override
    public void close() {
        handler.releaseHeld();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
