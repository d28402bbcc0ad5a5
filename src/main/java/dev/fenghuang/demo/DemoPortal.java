package dev.fenghuang.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small Discuz! X3.5-compatible portal on 127.0.0.1, for client tests and demonstrations. It serves
 * the portal index, category lists, articles and comment pages as the real X3.5 site prints them
 * (see the protocol reference), in UTF-8 or GBK, and can be told to misbehave with {@link #inject(Fault)}.
 *
 * <pre>{@code
 * try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
 *     URI article = portal.baseUrl().resolve("portal.php?mod=view&aid=1");
 * }
 * }</pre>
 */
public final class DemoPortal implements AutoCloseable {
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final DemoHandler handler;
    private final SiteSettings site;
    private final DemoOptions options;

    private DemoPortal(HttpServer server, ExecutorService executor, DemoHandler handler, SiteSettings site,
            DemoOptions options) {
        this.server = server;
        this.executor = executor;
        this.handler = handler;
        this.site = site;
        this.options = options;
    }

    /**
     * Generates the content and starts serving.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static DemoPortal start(DemoOptions options) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + options.port(), e);
        }
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        SiteSettings site = new SiteSettings(options.charset(),
                Cookies.random(4, random) + "_2132_", HexFormat.of().formatHex(secret),
                "http://127.0.0.1:" + server.getAddress().getPort() + "/", options.emptyIndex(), Clock.systemUTC());
        DemoHandler handler = new DemoHandler(site, new Router(ContentGenerator.generate(options.seed())),
                options.slowDelay());
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "demo-portal-" + site.canonicalAuthority());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new DemoPortal(server, executor, handler, site, options);
    }

    /** {@code http://127.0.0.1:PORT/}. */
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

    /** Applies the fault to every following request, together with those already injected. */
    public void inject(Fault fault) {
        handler.inject(fault);
    }

    public void clearFaults() {
        handler.clearFaults();
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
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
