package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.cookie.BasicClientCookie;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
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

    private final HttpSettings settings;
    private final CookieStore cookies;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService watch;

    public WebClient(HttpSettings settings) {
        this(settings, new BoundedCookieStore());
    }

    public WebClient(HttpSettings settings, CookieStore cookies) {
        this.settings = settings;
        this.cookies = cookies;
        this.watch = watchThread();
        this.client = HttpClients.custom()
                .setConnectionManager(connectionManager(settings))
                .setDefaultCookieStore(cookies)
                .setDefaultCookieSpecRegistry(PortBoundCookies.registry())
                .setUserAgent(settings.userAgent())
                .setRedirectStrategy(new SiteRedirects())
                // Never repeat a request: a POST may have been taken already (the app finds out), and a
                // Retry-After would make the client sleep past the deadline, where no abort reaches it.
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setCookieSpec(StandardCookieSpec.RELAXED)
                        .setRedirectsEnabled(true)
                        .setMaxRedirects(8)
                        .build())
                .addRequestInterceptorLast(this::noteCookiesSent)
                .addResponseInterceptorLast((response, entity, context) -> saveCookies())
                .evictIdleConnections(Timeout.ofSeconds(30))
                .build();
    }

    private static ScheduledExecutorService watchThread() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fenghuang-http-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
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
        return cookies;
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
            String type = header(response, HttpHeaders.CONTENT_TYPE);
            PageDecoder.Decoded decoded = PageDecoder.decode(body, type, settings.charsetOverride());
            return new WebPage(url, finalUri(url, context), response.getCode(), mediaType(type), decoded.charset(),
                    decoded.declared(), decoded.text());
        });
    }

    byte[] body(URI url, URI referer, boolean confined) throws IOException {
        HttpGet get = new HttpGet(url);
        if (referer != null) {
            get.setHeader(HttpHeaders.REFERER, referer.toString());
        }
        return exchange(get, context(confined), (response, body) -> {
            if (response.getCode() != 200) {
                throw new IOException("HTTP " + response.getCode() + " for " + LogRedaction.url(url));
            }
            return body;
        });
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
                settings.deadline().toMillis())), (response, body) -> {
                    if (response.getCode() != 200) {
                        throw new IOException("HTTP " + response.getCode() + " for " + LogRedaction.url(url));
                    }
                    return body;
                });
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
        post.setConfig(RequestConfig.custom().setRedirectsEnabled(false)
                .setCookieSpec(StandardCookieSpec.RELAXED).build());
        return exchange(post, HttpClientContext.create(), (response, body) -> {
            String contentType = header(response, HttpHeaders.CONTENT_TYPE);
            String text = body.length == 0 ? "" : decodeLeniently(body, contentType);
            return new FormAnswer(response.getCode(), header(response, HttpHeaders.LOCATION),
                    mediaType(contentType), text);
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
        try (Exchange ex = Exchange.start(request, deadline, watch, System::nanoTime)) {
            ClassicHttpResponse response = null;
            try {
                response = client.executeOpen(null, request, context);
                byte[] body = ex.read(response.getEntity(), maxBytes);
                T result = answer.of(response, body);
                log.debug("{} {} -> {} in {} ms", request.getMethod(), LogRedaction.url(url), response.getCode(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                return result;
            } catch (IOException e) {
                ex.abandon();
                IOException reported = reported(ex.failure(e), url);
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

    private static IOException reported(IOException e, URI url) {
        if (e instanceof ClientProtocolException && e.getCause() instanceof SiteRedirects.Foreign foreign) {
            return new RedirectRefused(RedirectRefused.Reason.FOREIGN, foreign.origin, e);
        }
        if (e instanceof ClientProtocolException && e.getCause() instanceof RedirectException redirect) {
            String location = redirect instanceof SiteRedirects.Downgrade d ? LogRedaction.url(d.location)
                    : LogRedaction.text(String.valueOf(redirect.getMessage()));
            return new RedirectRefused(redirect instanceof SiteRedirects.Downgrade
                    ? RedirectRefused.Reason.DOWNGRADE : RedirectRefused.Reason.LOOP, location, e);
        }
        if (e instanceof SSLHandshakeException && untrusted(e)) {
            return new UntrustedCertificate(url.getHost(), e);
        }
        return e;
    }

    private static boolean untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertPathValidatorException || t instanceof CertificateException
                    || t.getClass().getName().equals("sun.security.provider.certpath.SunCertPathBuilderException")) {
                return true;
            }
        }
        return false;
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

    /** Before a request leaves: which of the store's cookies it carries (the store evicts the unused first). */
    private void noteCookiesSent(HttpRequest request, Object entity, HttpContext context) {
        if (!(cookies instanceof BoundedCookieStore bounded)) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Header h : request.getHeaders("Cookie")) {
            for (String part : h.getValue().split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    names.add(part.substring(0, eq).strip());
                }
            }
        }
        if (!names.isEmpty() && request.getAuthority() != null) {
            bounded.sent(request.getAuthority().getHostName(), names);
        }
    }

    /** After a response's cookies are taken: one write of the jar, whatever number of cookies came. */
    private void saveCookies() {
        if (cookies instanceof CookieFile file) {
            file.flush();
        }
    }

    private String decodeLeniently(byte[] body, String contentType) {
        try {
            return PageDecoder.decode(body, contentType, settings.charsetOverride()).text();
        } catch (UndeclaredCharsetException e) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public Optional<String> cookieEndingWith(String suffix) {
        Date now = new Date();
        return cookies.getCookies().stream()
                .filter(c -> c.getName().endsWith(suffix) && !c.isExpired(now))
                .map(Cookie::getValue)
                .findFirst();
    }

    /**
     * Takes cookies copied from a browser signed in to the site ({@code name=value; name2=value2}, as its
     * developer tools show the Cookie header) into this client's jar, for the site's host and path {@code /}.
     *
     * @return how many cookies were taken
     */
    public int importCookies(URI site, String cookieHeader) {
        int taken = 0;
        for (String part : cookieHeader.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            BasicClientCookie c = new BasicClientCookie(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            c.setDomain(site.getHost());
            c.setAttribute("domain", site.getHost());
            c.setPath("/");
            PortBoundCookies.bind(c, portOf(site));
            c.setExpiryDate(Instant.now().plus(Duration.ofDays(30)));
            cookies.addCookie(c);
            taken++;
        }
        saveCookies();
        return taken;
    }

    @Override
    public void clearCookies() throws IOException {
        if (cookies instanceof CookieFile file) {
            file.delete();
        } else {
            cookies.clear();
        }
    }

    private static int portOf(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static URI finalUri(URI requested, HttpClientContext context) {
        List<URI> redirects = context.getRedirectLocations() == null ? List.of() : context.getRedirectLocations().getAll();
        return redirects.isEmpty() ? requested : redirects.get(redirects.size() - 1);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        try {
            client.close();
        } finally {
            watch.shutdownNow();
        }
    }
}
