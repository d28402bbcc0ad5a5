package dev.fenghuang.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.CircularRedirectException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.CookieSpecFactory;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.entity.DecompressingEntity;
import org.apache.hc.client5.http.entity.DeflateInputStreamFactory;
import org.apache.hc.client5.http.entity.GZIPInputStreamFactory;
import org.apache.hc.client5.http.entity.InputStreamFactory;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.protocol.RedirectLocations;
import org.apache.hc.client5.http.protocol.RedirectStrategy;
import org.apache.hc.client5.http.protocol.RequestAddCookies;
import org.apache.hc.client5.http.protocol.ResponseProcessCookies;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.TimeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What HttpClient's full request chain did for the client, around its minimal one: cookies added and taken (by
 * HttpClient's own cookie interceptors, with {@link PortBoundCookies}), gzip and deflate bodies unpacked, and
 * redirects followed ({@link SiteRedirects}, at most {@link #MAX_REDIRECTS}, no loops), and kept-alive connections
 * closed once idle for as long as the site said it keeps them ({@code Keep-Alive: timeout=N}). Nothing else of the
 * chain was used: no proxy, no authentication, no retries. An answer it does not hand on (a redirect's, one refused)
 * has its connection closed, never read to its end.
 * <p>
 * The full chain is ~130 classes more on the way to a process's first page, each loaded and verified from the jar
 * when the jar is run alone: {@code java -jar … read} of an article from the site, 281 -> 264 ms (issue 13).
 */
final class SiteProtocol {
    private static final Logger log = LoggerFactory.getLogger(SiteProtocol.class);
    /** How many redirects one request may follow. */
    static final int MAX_REDIRECTS = 8;
    /** The encodings the client unpacks, as HttpClient's chain asks for them (Brotli only with its library). */
    static final Header ACCEPT_ENCODING = new BasicHeader(HttpHeaders.ACCEPT_ENCODING, "gzip, x-gzip, deflate");
    /**
     * How much sooner than the site's {@code Keep-Alive} timeout an idle connection is closed: a request sent as the
     * site closes its end meets no answer, and is not sent again.
     */
    static final TimeValue KEEP_ALIVE_MARGIN = TimeValue.ofMilliseconds(500);
    /** How much of a redirect's body is read so that its connection can be kept; past it the connection is closed. */
    private static final int REDIRECT_BODY_KEPT = 64 * 1024;

    /** For requests that set no configuration of their own: relaxed cookies, redirects followed. */
    static final RequestConfig DEFAULT_CONFIG = RequestConfig.custom()
            .setCookieSpec(StandardCookieSpec.RELAXED)
            .setRedirectsEnabled(true)
            .setMaxRedirects(MAX_REDIRECTS)
            .build();

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager pool;
    private final JarCookies cookies;
    private final Lookup<CookieSpecFactory> cookieSpecs = PortBoundCookies.registry();
    private final RedirectStrategy redirects = new SiteRedirects();
    private final Header userAgent;
    /**
     * The shortest time any answer said its server keeps an idle connection ({@code Keep-Alive: timeout=N}), in
     * milliseconds; {@link Long#MAX_VALUE} until one says. The pool keeps no time per connection for the minimal
     * client, so the shortest holds for all: a connection closed too soon costs a new one, one kept too long a
     * request that no answer comes to (an image's host saying nothing must not lengthen the site's time).
     */
    private final AtomicLong keptAliveMillis = new AtomicLong(Long.MAX_VALUE);

    /**
     * @param client a client that only sends requests and reads answers ({@code HttpClients.createMinimal}) over
     *     {@code pool}
     */
    SiteProtocol(CloseableHttpClient client, PoolingHttpClientConnectionManager pool, JarCookies cookies,
                 String userAgent) {
        this.client = client;
        this.pool = pool;
        this.cookies = cookies;
        this.userAgent = new BasicHeader(HttpHeaders.USER_AGENT, userAgent);
    }

    CloseableHttpClient client() {
        return client;
    }

    /**
     * Sends {@code request}, and the requests its redirects lead to, each with the cookies the jar has for where it
     * goes, and returns the last answer with its body unpacked. A new request is told to {@code exchange} before it
     * is sent, so that the deadline and a cancel reach it. The redirects followed are in {@code context}'s redirect
     * locations.
     */
    ClassicHttpResponse open(HttpUriRequestBase request, HttpClientContext context, Exchange exchange)
            throws IOException {
        RequestConfig config = request.getConfig() != null ? request.getConfig() : DEFAULT_CONFIG;
        context.setRequestConfig(config);
        context.setCookieStore(cookies.store());
        context.setCookieSpecRegistry(cookieSpecs);
        RedirectLocations followed = new RedirectLocations();
        context.setRedirectLocations(followed);
        Header[] asked = request.getHeaders(); // before sending adds the host, the cookies and the rest
        HttpUriRequestBase current = request;
        for (int hops = 0;; hops++) {
            ClassicHttpResponse response = send(current, context, config);
            try {
                if (!config.isRedirectsEnabled() || !redirects.isRedirected(current, response, context)) {
                    unpack(response, config);
                    return response;
                }
                if (hops >= MAX_REDIRECTS) {
                    throw new RedirectException("Maximum redirects (" + MAX_REDIRECTS + ") exceeded");
                }
                URI location = redirects.getLocationURI(current, response, context);
                if (followed.contains(location)) {
                    throw new CircularRedirectException("Circular redirect to '" + location + "'");
                }
                followed.add(location);
                HttpUriRequestBase next = redirected(request, asked, location);
                release(current, response);
                exchange.follow(next);
                current = next;
            } catch (HttpException e) {
                discard(current, response);
                throw new ClientProtocolException(e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                discard(current, response);
                throw e;
            }
        }
    }

    /** One request on its own: the cookies for where it goes, sent, and the cookies its answer sets taken. */
    private ClassicHttpResponse send(HttpUriRequestBase request, HttpClientContext context, RequestConfig config)
            throws IOException {
        try {
            HttpHost target = RoutingSupport.determineHost(request);
            if (target == null) {
                throw new ProtocolException("Request URI does not name a host: " + request.getRequestUri());
            }
            if (request.getAuthority() != null && request.getAuthority().getUserInfo() != null) {
                throw new ProtocolException("Request URI authority contains deprecated userinfo component");
            }
            if (!request.containsHeader(HttpHeaders.USER_AGENT)) {
                request.addHeader(userAgent);
            }
            if (config.isContentCompressionEnabled() && !request.containsHeader(HttpHeaders.ACCEPT_ENCODING)) {
                request.addHeader(ACCEPT_ENCODING);
            }
            // secure for https, as HttpClient's route planner made it: the cookie rules send a Secure cookie only there
            context.setRoute(new HttpRoute(RoutingSupport.normalize(target, DefaultSchemePortResolver.INSTANCE), null,
                    "https".equalsIgnoreCase(target.getSchemeName())));
            RequestAddCookies.INSTANCE.process(request, request.getEntity(), context);
            cookies.noteSent(request);
            closeThoseTheSiteClosed();
            ClassicHttpResponse response = client.executeOpen(target, request, context);
            try {
                noteKeptAlive(response, context);
                ResponseProcessCookies.INSTANCE.process(response, response.getEntity(), context);
                cookies.saveAfterAnswer();
            } catch (HttpException | IOException | RuntimeException e) {
                discard(request, response);
                throw e;
            }
            return response;
        } catch (HttpException e) {
            throw new ClientProtocolException(e.getMessage(), e);
        }
    }

    /**
     * Closes the kept-alive connections idle for about as long as the site keeps them: the minimal client keeps a
     * connection until it is closed, where HttpClient's chain let it expire at the site's {@code Keep-Alive} timeout.
     * (One idle past the pool's validation time is checked as it is leased; one between was not.)
     */
    private void closeThoseTheSiteClosed() {
        long kept = keptAliveMillis.get();
        if (kept != Long.MAX_VALUE) {
            pool.closeIdle(TimeValue.ofMilliseconds(Math.max(kept - KEEP_ALIVE_MARGIN.toMilliseconds(), 0)));
        }
    }

    /** Takes the time {@code response} says its server keeps the connection, HttpClient's way of reading it. */
    private void noteKeptAlive(ClassicHttpResponse response, HttpClientContext context) {
        if (!response.containsHeader("Keep-Alive")) {
            return;
        }
        TimeValue said = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
        if (said != null && said.getDuration() >= 0) { // negative: HttpClient's "no limit"
            keptAliveMillis.accumulateAndGet(said.toMilliseconds(), Math::min);
        }
    }

    /**
     * The request a redirect leads to: a GET of {@code location} with the headers the first request was given (the
     * cookies, the host and the rest are added again for where it goes). Only GETs follow redirects here.
     */
    private static HttpUriRequestBase redirected(HttpUriRequestBase first, Header[] asked, URI location)
            throws ProtocolException {
        if (!"GET".equals(first.getMethod())) {
            throw new ProtocolException("a " + first.getMethod() + " is not redirected");
        }
        if (location.getHost() == null) {
            throw new ProtocolException("Redirect URI does not specify a valid host name: " + location);
        }
        HttpGet next = new HttpGet(location);
        next.setHeaders(asked);
        next.setConfig(first.getConfig());
        return next;
    }

    /**
     * Reads a redirect's body to its end so its connection can serve the next request; a body longer than {@link
     * #REDIRECT_BODY_KEPT} closes the connection instead.
     */
    private static void release(HttpUriRequestBase request, ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        boolean read = entity == null;
        if (!read && entity.getContentLength() <= REDIRECT_BODY_KEPT) {
            InputStream in = entity.getContent();
            read = in == null || in.readNBytes(REDIRECT_BODY_KEPT).length < REDIRECT_BODY_KEPT && in.read() < 0;
        }
        if (read) { // at its end the connection went back to the pool
            response.close();
        } else {
            discard(request, response);
        }
    }

    /**
     * Closes the connection of an answer that is not handed on, without reading what is left of its body: closing the
     * response alone would read it to its end (HttpClient drains a body to keep its connection).
     */
    private static void discard(HttpUriRequestBase request, ClassicHttpResponse response) {
        request.cancel();
        try {
            response.close();
        } catch (IOException e) {
            log.debug("closing a discarded answer: {}", e.toString());
        }
    }

    /**
     * Replaces a packed body by one that unpacks as it is read, for each encoding named (gzip, x-gzip, deflate); an
     * encoding the client does not know is left as it came, as HttpClient's chain does.
     */
    private static void unpack(ClassicHttpResponse response, RequestConfig config) {
        HttpEntity entity = response.getEntity();
        if (!config.isContentCompressionEnabled() || entity == null || entity.getContentLength() == 0
                || entity.getContentEncoding() == null) {
            return;
        }
        for (String coding : entity.getContentEncoding().split(",")) {
            InputStreamFactory unpacker = switch (coding.strip().toLowerCase(Locale.ROOT)) {
                case "gzip", "x-gzip" -> GZIPInputStreamFactory.getInstance();
                case "deflate" -> DeflateInputStreamFactory.getInstance();
                default -> null;
            };
            if (unpacker != null) {
                response.setEntity(new DecompressingEntity(response.getEntity(), unpacker));
                response.removeHeaders(HttpHeaders.CONTENT_LENGTH);
                response.removeHeaders(HttpHeaders.CONTENT_ENCODING);
                response.removeHeaders(HttpHeaders.CONTENT_MD5);
            }
        }
    }
}
