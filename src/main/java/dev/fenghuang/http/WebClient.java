package dev.fenghuang.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network {@link PageSource}: Apache HttpClient 5 with a keep-alive pool, gzip, timeouts, a cookie store
 * and redirect following. One instance per site; thread-safe.
 */
public final class WebClient implements SiteConnection, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebClient.class);
    /** Pages larger than this are cut: no Discuz page comes near it. */
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final HttpSettings settings;
    private final CookieStore cookies;
    private final CloseableHttpClient client;

    public WebClient(HttpSettings settings) {
        this(settings, new BasicCookieStore());
    }

    public WebClient(HttpSettings settings, CookieStore cookies) {
        this.settings = settings;
        this.cookies = cookies;
        this.client = HttpClients.custom()
                .setConnectionManager(connectionManager(settings))
                .setDefaultCookieStore(cookies)
                .setUserAgent(settings.userAgent())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setCookieSpec(StandardCookieSpec.RELAXED)
                        .setRedirectsEnabled(true)
                        .setMaxRedirects(8)
                        .build())
                .evictIdleConnections(Timeout.ofSeconds(30))
                .build();
    }

    private static PoolingHttpClientConnectionManager connectionManager(HttpSettings settings) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new LazyTlsStrategy())
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
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        get.setHeader(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.6");
        if (referer != null) {
            get.setHeader(HttpHeaders.REFERER, referer.toString());
        }
        if (ajax) {
            get.setHeader("X-Requested-With", "XMLHttpRequest");
        }
        HttpClientContext context = HttpClientContext.create();
        long started = System.nanoTime();
        WebPage page = client.execute(get, context, response -> toPage(url, finalUri(url, context), response));
        if (log.isDebugEnabled()) {
            log.debug("GET {} -> {} in {} ms", url, page.status(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return page;
    }

    @Override
    public byte[] bytes(URI url, URI referer) throws IOException {
        HttpGet get = new HttpGet(url);
        if (referer != null) {
            get.setHeader(HttpHeaders.REFERER, referer.toString());
        }
        return client.execute(get, response -> {
            if (response.getCode() != 200) {
                throw new IOException("HTTP " + response.getCode() + " for " + url);
            }
            return response.getEntity() == null ? new byte[0] : readBounded(response.getEntity().getContent());
        });
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
        post.setHeader(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        post.setConfig(RequestConfig.custom().setRedirectsEnabled(false)
                .setCookieSpec(StandardCookieSpec.RELAXED).build());
        long started = System.nanoTime();
        FormAnswer answer = client.execute(post, response -> {
            byte[] body = response.getEntity() == null ? new byte[0] : readBounded(response.getEntity().getContent());
            Header type = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            String contentType = type == null ? null : type.getValue();
            String text = body.length == 0 ? "" : decodeLeniently(body, contentType);
            return new FormAnswer(response.getCode(), location == null ? null : location.getValue(),
                    mediaType(contentType), text);
        });
        // Only the URL and status: form values may hold a password or a comment.
        log.debug("POST {} -> {} in {} ms", url.getPath(), answer.status(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return answer;
    }

    private String decodeLeniently(byte[] body, String contentType) {
        try {
            return PageDecoder.decode(body, contentType, settings.charsetOverride()).text();
        } catch (UndeclaredCharsetException e) {
            return new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
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
            org.apache.hc.client5.http.impl.cookie.BasicClientCookie c =
                    new org.apache.hc.client5.http.impl.cookie.BasicClientCookie(part.substring(0, eq).strip(),
                            part.substring(eq + 1).strip());
            c.setDomain(site.getHost());
            c.setAttribute("domain", site.getHost());
            c.setPath("/");
            c.setExpiryDate(java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
            cookies.addCookie(c);
            taken++;
        }
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

    private static URI finalUri(URI requested, HttpClientContext context) {
        List<URI> redirects = context.getRedirectLocations() == null ? List.of() : context.getRedirectLocations().getAll();
        return redirects.isEmpty() ? requested : redirects.get(redirects.size() - 1);
    }

    private WebPage toPage(URI requested, URI finalUrl, ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? new byte[0] : readBounded(entity.getContent());
        Header contentType = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
        String type = contentType == null ? null : contentType.getValue();
        PageDecoder.Decoded decoded = PageDecoder.decode(body, type, settings.charsetOverride());
        return new WebPage(requested, finalUrl, response.getCode(), mediaType(type), decoded.charset(),
                decoded.declared(), decoded.text());
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readNBytes(MAX_BODY);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
