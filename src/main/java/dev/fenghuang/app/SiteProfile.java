package dev.fenghuang.app;

import dev.fenghuang.app.store.StoreSettings;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.http.HttpSettings;
import dev.fenghuang.http.PageDecoder;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything Fenghuang needs to know about one site.
 *
 * @param name the profile's name (for a bare URL, its host and port)
 * @param base the site root, ending in {@code /}
 * @param http how to talk to it
 * @param cookiePrefix the cookie prefix, when the user set one
 * @param cache cache bounds for it
 * @param startCatids categories to start the tree from when its front page links none
 * @param probeMaxMisses probing stops after this many missing categories in a row
 * @param probeMaxCatid probing stops at this category id
 * @param store the lasting store of the pages read
 */
public record SiteProfile(String name, URI base, HttpSettings http, Optional<String> cookiePrefix,
                          CachePolicy cache, List<Integer> startCatids, int probeMaxMisses, int probeMaxCatid,
                          StoreSettings store) {

    /** This profile with the cache bounds {@code policy}. */
    public SiteProfile withCache(CachePolicy policy) {
        return new SiteProfile(name, base, http, cookiePrefix, policy, startCatids, probeMaxMisses, probeMaxCatid,
                store);
    }

    /**
     * The profile for what the user named with {@code --site}: a URL, or the name of a profile file in
     * the config directory's {@code sites/}.
     */
    public static SiteProfile resolve(String site, Settings settings, XdgDirs dirs) {
        if (looksLikeUrl(site)) {
            return from(hostName(site), site, settings);
        }
        Path file = dirs.config().resolve("sites").resolve(site + ".properties");
        if (!site.matches("[\\w.-]+") || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no site profile '" + site + "' (looked for " + file
                    + "); give a URL such as http://bbs.example.com/ or create that file");
        }
        Settings merged = settings.overlaidBy(file);
        String url = merged.text("url").orElseThrow(() ->
                new IllegalArgumentException("site profile " + file + " has no url"));
        return from(site, url, merged);
    }

    /** A profile for a URL with the given settings (used for the demo portal too). */
    public static SiteProfile from(String name, String url, Settings s) {
        URI base = normalise(url);
        Optional<Charset> charset = s.text("charset").map(c -> PageDecoder.charsetNamed(c)
                .orElseThrow(() -> new IllegalArgumentException("unknown charset: " + c)));
        HttpSettings http = new HttpSettings(
                s.text("http.userAgent", HttpSettings.DESKTOP_USER_AGENT),
                s.duration("http.connectTimeout", HttpSettings.defaults().connectTimeout()),
                s.duration("http.readTimeout", HttpSettings.defaults().readTimeout()),
                charset,
                s.integer("http.maxConnections", 4),
                s.duration("http.deadline", HttpSettings.DEFAULT_DEADLINE),
                s.integer("http.maxPageMegabytes", 16) * 1024L * 1024L,
                trustFiles(s.text("tls.trust")));
        CachePolicy d = CachePolicy.defaults();
        int cacheMegabytes = s.integer("cache.maxMegabytes", 32);
        if (cacheMegabytes < 0) {
            throw new IllegalArgumentException("setting cache.maxMegabytes: 0 or more, not " + cacheMegabytes);
        }
        CachePolicy cache = new CachePolicy(
                cacheMegabytes * 1024L * 1024L,
                s.duration("cache.sections", d.sections()),
                s.duration("cache.lists", d.lists()),
                s.duration("cache.articles", d.articles()),
                s.duration("cache.comments", d.comments()));
        return new SiteProfile(name, base, http, s.text("cookiePrefix"), cache, catids(s.text("catids")),
                s.integer("sections.probe.maxMisses", 10), s.integer("sections.probe.maxCatid", 200),
                StoreSettings.from(s));
    }

    /** The name of the built-in demo portal's profile, and of its folders in state and cache. */
    public static final String DEMO = "demo";

    /**
     * A short file-system-safe name for the site: host and port; for the built-in demo portal, whose port changes
     * every run, {@code demo}.
     */
    public String storageKey() {
        if (isBuiltInDemo()) {
            return DEMO;
        }
        String key = base.getHost() + (base.getPort() > 0 ? "_" + base.getPort() : "") + base.getPath();
        return key.replaceAll("[^\\w.-]+", "_").replaceAll("_+$", "");
    }

    /** True for the profile of the demo portal started in this process (named demo, on the loopback address). */
    public boolean isBuiltInDemo() {
        String host = base.getHost();
        return DEMO.equals(name) && host != null && (host.equals("127.0.0.1") || host.equals("localhost")
                || host.equals("[::1]"));
    }

    static boolean looksLikeUrl(String site) {
        String s = site.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static String hostName(String url) {
        URI u = normalise(url);
        return dev.fenghuang.http.HostNames.toUnicode(u.getHost()) + (u.getPort() > 0 ? ":" + u.getPort() : "");
    }

    static URI normalise(String url) {
        String u = url.strip();
        if (!looksLikeUrl(u)) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        // A site root is a directory: drop a script name (portal.php, index.php) or query, keep sub-directories.
        int query = u.indexOf('?');
        if (query >= 0) {
            u = u.substring(0, query);
        }
        if (!u.endsWith("/")) {
            int slash = u.lastIndexOf('/');
            String last = u.substring(slash + 1);
            u = last.contains(".") && slash > u.indexOf("//") + 1 ? u.substring(0, slash + 1) : u + "/";
        }
        try {
            URI uri = new URI(asciiHost(u));
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host in URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + url, e);
        }
    }

    /**
     * The URL with an internationalised host name in its ASCII (punycode) form, which is what DNS, the Host
     * header and cookie domains use: {@code https://例子.中国/} becomes {@code https://xn--fsqu00a.xn--fiqs8s/}.
     */
    private static String asciiHost(String url) {
        int start = url.indexOf("//") + 2;
        int end = url.indexOf('/', start);
        String authority = url.substring(start, end < 0 ? url.length() : end);
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        if (hostPort.startsWith("[") || hostPort.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid host name: " + host, e);
        }
        return url.substring(0, start) + authority.substring(0, at + 1) + ascii
                + (colon < 0 ? "" : hostPort.substring(colon)) + (end < 0 ? "" : url.substring(end));
    }

    /** {@code tls.trust}: PEM files, separated by commas; {@code ~/} is the home directory. */
    private static List<Path> trustFiles(Optional<String> text) {
        List<Path> files = new ArrayList<>();
        text.ifPresent(t -> {
            for (String part : t.split(",")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    files.add(p.startsWith("~/") ? Path.of(System.getProperty("user.home"), p.substring(2)) : Path.of(p));
                }
            }
        });
        return List.copyOf(files);
    }

    private static List<Integer> catids(Optional<String> text) {
        List<Integer> ids = new ArrayList<>();
        text.ifPresent(t -> {
            for (String part : t.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(Integer.parseInt(part.strip()));
                }
            }
        });
        return List.copyOf(ids);
    }
}
