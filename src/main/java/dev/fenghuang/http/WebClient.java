package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network {@link PageSource}: Apache HttpClient 5 with a keep-alive pool, gzip, timeouts, a bounded cookie
 * store and redirect following (never from https to http). A request is sent once, never retried (so a POST is
 * never repeated and no {@code Retry-After} makes it wait). Every request has a total deadline and a body cap;
 * at either, or when the waiting thread is interrupted, its connection is aborted. One instance per site;
 * thread-safe.
 */
public final class WebClient implements SiteConnection, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebClient.class);
    private static final String ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** How long a kept-alive connection may sit unused before it is closed; the pool is looked over as often. */
    static final Duration IDLE = Duration.ofSeconds(30);

    private final HttpSettings settings;
    private final JarCookies cookies;
    private final ScheduledExecutorService watch;
    private final Duration idle;
    private volatile boolean offline;
    private SiteProtocol protocol; // built at the first request; guarded by this
    private boolean closed; // guarded by this

    public WebClient(HttpSettings settings) {
        this(settings, new BoundedCookieStore());
    }

    public WebClient(HttpSettings settings, CookieStore cookies) {
        this(settings, cookies, IDLE);
    }

    /** @param idle how long a kept-alive connection may sit unused before it is closed */
    WebClient(HttpSettings settings, CookieStore cookies, Duration idle) {
        this(settings, cookies, idle, JarCookies.SET_AGAIN_WRITE_DELAY);
    }

    /** @param setAgainWrite how long cookies an answer only set again wait to be written ({@link JarCookies}) */
    WebClient(HttpSettings settings, CookieStore cookies, Duration idle, Duration setAgainWrite) {
        this.settings = settings;
        this.watch = watchThread();
        this.cookies = new JarCookies(cookies, watch, setAgainWrite);
        this.idle = idle;
    }

    /**
     * The HTTP client, built at the first request: a command answered from the store sends none, and building it
     * (its connection pool, cookie rules, interceptors) is about 10 ms of a cold start's main thread.
     */
    private synchronized SiteProtocol protocol() {
        if (closed) {
            throw new IllegalStateException("Connection pool shut down"); // as the closed client itself says
        }
        if (protocol == null) {
            protocol = build();
        }
        return protocol;
    }

    private SiteProtocol build() {
        PoolingHttpClientConnectionManager pool = connectionManager(settings);
        // idle connections are closed from the deadline thread: HttpClient's own evictor would be one more thread
        // for the reader's whole session (~50 KB of resident stack)
        watch.scheduleWithFixedDelay(() -> closeIdle(pool), idle.toMillis(), idle.toMillis(), TimeUnit.MILLISECONDS);
        // The minimal client sends each request once and never retries one: a POST may have been taken already
        // (the app finds out), and a Retry-After would make the client sleep past the deadline, where no abort
        // reaches it. Cookies, unpacking and redirects are the protocol's.
        return new SiteProtocol(HttpClients.createMinimal(pool), pool, cookies, settings.userAgent());
    }

    /** What HttpClient's evictor does: connections past their time to live and those unused for the idle time go. */
    private void closeIdle(PoolingHttpClientConnectionManager pool) {
        try {
            pool.closeExpired();
            pool.closeIdle(TimeValue.of(idle));
        } catch (RuntimeException e) { // thrown out of a periodic task, it would end the task silently
            log.debug("closing idle connections: {}", e.toString());
        }
    }

    private static ScheduledExecutorService watchThread() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fenghuang-http-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // closing writes the cookies waiting
        return timer;
    }

    private static PoolingHttpClientConnectionManager connectionManager(HttpSettings settings) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new LazyTlsStrategy(settings.trustedCertificates()))
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .build();
    }

    public CookieStore cookies() {
        return cookies.store();
    }

    /**
     * Builds the HTTP client now rather than at the first request, unless requests are refused or the client is
     * closed. A failure is left for the first request to meet.
     */
    @Override
    public void prepare() {
        if (offline) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                protocol();
            } catch (RuntimeException e) {
                log.debug("building the HTTP client ahead failed: {}", e.toString());
            }
        }
    }

    /** From now on every request is refused with {@link OfflineRefusal} before it is sent ({@code --offline}). */
    public void refuseRequests() {
        offline = true;
    }

    @Override
    public WebPage get(URI url) throws IOException {
        return get(url, null, false);
    }

    @Override
    public WebPage get(URI url, URI referer, boolean ajax) throws IOException {
        return page(url, referer, ajax, false);
    }

    @Override
    public byte[] bytes(URI url, URI referer) throws IOException {
        return body(url, referer, false);
    }

    @Override
    public SiteConnection confinedToOrigin() {
        return new ConfinedConnection(this);
    }

    WebPage page(URI url, URI referer, boolean ajax, boolean confined) throws IOException {
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.ACCEPT, ACCEPT_HTML);
        get.setHeader(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.6");
        if (referer != null) {
            get.setHeader(HttpHeaders.REFERER, referer.toString());
        }
        if (ajax) {
            get.setHeader("X-Requested-With", "XMLHttpRequest");
        }
        HttpClientContext context = context(confined);
        return exchange(get, context, (response, body) -> {
            String type = ResponseParts.header(response, HttpHeaders.CONTENT_TYPE);
            PageDecoder.Decoded decoded = PageDecoder.decode(body, type, settings.charsetOverride());
            return new WebPage(url, ResponseParts.finalUri(url, context), response.getCode(),
                    ResponseParts.mediaType(type), decoded.charset(), decoded.declared(), decoded.text());
        });
    }

    byte[] body(URI url, URI referer, boolean confined) throws IOException {
        HttpGet get = new HttpGet(url);
        if (referer != null) {
            get.setHeader(HttpHeaders.REFERER, referer.toString());
        }
        return exchange(get, context(confined), (response, body) -> ResponseParts.okBody(response, body, url));
    }

    /**
     * An image for the reader: only {@code http} and {@code https} URLs, at most {@code maxBytes} (else {@link
     * PageTooLarge}) within {@code deadline} (else {@link DeadlineExceeded}), the page it stands in as the
     * Referer. Cookies go only where the jar would send them anyway (the site's own host and port).
     */
    public byte[] image(URI url, URI referer, long maxBytes, Duration deadline) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IOException("not an http or https image: " + LogRedaction.url(url));
        }
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.ACCEPT, "image/png,image/jpeg,image/gif,image/bmp;q=0.9,*/*;q=0.1");
        if (referer != null) {
            get.setHeader(HttpHeaders.REFERER, referer.toString());
        }
        return exchange(get, context(false), maxBytes, Duration.ofMillis(Math.min(deadline.toMillis(),
                settings.deadline().toMillis())), (response, body) -> ResponseParts.okBody(response, body, url));
    }

    private static HttpClientContext context(boolean confined) {
        HttpClientContext context = HttpClientContext.create();
        if (confined) {
            context.setAttribute(SiteRedirects.CONFINED, Boolean.TRUE);
        }
        return context;
    }

    @Override
    public FormAnswer post(URI url, List<Map.Entry<String, String>> fields, Charset charset, URI referer)
            throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new ByteArrayEntity(FormEncoding.encode(fields, charset),
                ContentType.create("application/x-www-form-urlencoded", charset)));
        if (referer != null) {
            post.setHeader(HttpHeaders.REFERER, referer.toString());
        }
        post.setHeader(HttpHeaders.ACCEPT, ACCEPT_HTML);
        post.setConfig(RequestConfig.copy(SiteProtocol.DEFAULT_CONFIG).setRedirectsEnabled(false).build());
        return exchange(post, HttpClientContext.create(), (response, body) -> {
            String contentType = ResponseParts.header(response, HttpHeaders.CONTENT_TYPE);
            String text = body.length == 0 ? ""
                    : ResponseParts.decodeLeniently(body, contentType, settings.charsetOverride());
            return new FormAnswer(response.getCode(), ResponseParts.header(response, HttpHeaders.LOCATION),
                    ResponseParts.mediaType(contentType), text);
        });
    }

    /** What to make of a response whose whole body has been read. */
    @FunctionalInterface
    private interface Answer<T> {
        T of(ClassicHttpResponse response, byte[] body) throws IOException;
    }

    /**
     * Sends {@code request} and reads the whole answer under the deadline and the body cap; logs the method,
     * the URL (secrets redacted) and the status, never a form value. A failure that aborted the connection
     * closes it; only a fully read response goes back to the pool.
     */
    private <T> T exchange(HttpUriRequestBase request, HttpClientContext context, Answer<T> answer)
            throws IOException {
        return exchange(request, context, settings.maxBodyBytes(), settings.deadline(), answer);
    }

    private <T> T exchange(HttpUriRequestBase request, HttpClientContext context, long maxBytes, Duration deadline,
                           Answer<T> answer) throws IOException {
        long started = System.nanoTime();
        URI url = uriOf(request);
        if (offline) {
            throw new OfflineRefusal(LogRedaction.url(url));
        }
        try (Exchange ex = Exchange.start(request, deadline, watch, System::nanoTime)) {
            ClassicHttpResponse response = null;
            try {
                response = protocol().open(request, context, ex);
                byte[] body = ex.read(response.getEntity(), maxBytes);
                T result = answer.of(response, body);
                if (log.isDebugEnabled()) { // the redacted URL is built for the line only
                    log.debug("{} {} -> {} in {} ms", request.getMethod(), LogRedaction.url(url), response.getCode(),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                }
                return result;
            } catch (IOException e) {
                ex.abandon();
                IOException reported = TransportFailures.reported(ex.failure(e), url);
                log.debug("{} {} failed: {}", request.getMethod(), LogRedaction.url(url),
                        LogRedaction.text(reported.getMessage()));
                throw reported;
            } finally {
                if (response != null) {
                    closeQuietly(response);
                }
            }
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            log.debug("closing an aborted response: {}", e.toString());
        }
    }

    private static URI uriOf(HttpUriRequestBase request) {
        try {
            return request.getUri();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public Optional<String> cookieEndingWith(String suffix) {
        return cookies.endingWith(suffix);
    }

    /**
     * Takes cookies copied from a browser signed in to the site ({@code name=value; name2=value2}, as its
     * developer tools show the Cookie header) into this client's jar, for the site's host and path {@code /}.
     *
     * @return how many cookies were taken
     */
    public int importCookies(URI site, String cookieHeader) {
        return cookies.take(site, cookieHeader);
    }

    @Override
    public void clearCookies() throws IOException {
        cookies.clear();
    }

    @Override
    public void close() throws IOException {
        SiteProtocol built;
        synchronized (this) {
            closed = true;
            built = protocol;
        }
        try {
            if (built != null) {
                built.client().close();
            }
        } finally {
            // not shutdownNow: its interrupt would close the file of a cookie write running there
            watch.shutdown();
            cookies.save(); // what waited to be written
        }
    }
}
