package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieOrigin;
import org.apache.hc.client5.http.cookie.CookieSpec;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.cookie.RFC6265CookieSpecFactory;
import org.apache.hc.client5.http.psl.PublicSuffixMatcher;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.protocol.BasicHttpContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's resident memory: the public suffix list is asked about a few names at a time, never held whole
 * (HttpClient's matcher kept ~1 MB of a reader's 9 MB of live heap), and every answer is the whole list's.
 */
class PublicSuffixesTest {
    @TempDir
    Path dir;

    private static PublicSuffixMatcher whole() throws IOException {
        return PublicSuffixMatcherLoader.load(PublicSuffixMatcherLoader.class.getResource(PublicSuffixes.LIST));
    }

    /** The list's rules: every exception and wildcard, and 400 others drawn with a fixed seed. */
    private static List<String> sampleRules() throws IOException {
        List<String> all = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PublicSuffixMatcherLoader.class.getResourceAsStream(PublicSuffixes.LIST), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String rule = line.strip();
                if (!rule.isEmpty() && !rule.startsWith("//")) {
                    all.add(rule);
                }
            }
        }
        List<String> sample = new ArrayList<>(
                all.stream().filter(r -> r.startsWith("!") || r.startsWith("*")).toList());
        Collections.shuffle(all, new Random(13));
        sample.addAll(all.subList(0, 400));
        return sample;
    }

    /** Names a rule may be asked about: itself, names under it, other spellings of them. */
    private static List<String> namesFor(String rule) {
        String name = rule.replaceFirst("^[!]", "").replaceFirst("^\\*\\.", "");
        List<String> names = new ArrayList<>(List.of(name, "a." + name, "b.a." + name, "." + name, "*." + name,
                name.toUpperCase(Locale.ROOT), "x" + name));
        String ascii = IDN.toASCII("a." + name, IDN.ALLOW_UNASSIGNED);
        if (!ascii.equals("a." + name)) {
            names.add(ascii);
        }
        return names;
    }

    @Test
    void everyAnswerIsTheWholeListsForTheNamesItWasReadFor() throws IOException {
        PublicSuffixMatcher whole = whole();
        List<String> rules = sampleRules();
        assertThat(rules).hasSizeGreaterThan(400);
        List<List<String>> asked = new ArrayList<>();
        for (String rule : rules) {
            asked.add(namesFor(rule));
        }
        asked.add(List.of("example.com", "localhost", "127.0.0.1", "www.example.co.uk", "co.uk", "github.io",
                "user.github.io", "foo.bar.invalid", "xn--fiqs8s", "中国", "www.ck", "a.www.ck", "b.ck"));
        for (List<String> names : asked) {
            PublicSuffixMatcher part = new PublicSuffixes(PublicSuffixIndex::load).forNames(names);
            for (String name : names) {
                assertThat(part.verify(name)).as("verify %s", name).isEqualTo(whole.verify(name));
                assertThat(part.matches(name)).as("matches %s", name).isEqualTo(whole.matches(name));
                assertThat(part.getDomainRoot(name)).as("root of %s", name).isEqualTo(whole.getDomainRoot(name));
            }
        }
    }

    /**
     * The list is read again for names not seen yet, on the way to a reader's first frame (its first request's
     * cookies): a string, a trimmed copy and a lower-cased copy a line, and a concatenation per line and name, were
     * ~4 MB of garbage for one name, two or three young collections before the first frame.
     */
    @Test
    void readingTheRulesForANameMakesNoGarbageALine() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        new PublicSuffixes(PublicSuffixIndex::load).forNames(List.of("warm.example")); // classes loaded and initialised
        long least = Long.MAX_VALUE;
        for (String name : List.of("www.qxfhs.example.com.cn", "bbs.example.net", "a.b.example.co.uk")) {
            long before = threads.getCurrentThreadAllocatedBytes();
            new PublicSuffixes(PublicSuffixIndex::load).forNames(List.of(name));
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }

        // ~1.9 MB a name read line by line; the build's table of the list is 206 kB (the list 323 kB), the rules kept
        // for a name a few hundred bytes
        assertThat(least).isLessThan(1_300_000);
    }

    @Test
    void aCookieForAPublicSuffixIsSentNowhereAsHttpClientsOwnFilterDecides() throws Exception {
        CookieSpec ours = PortBoundCookies.registry().lookup(StandardCookieSpec.RELAXED).create(new BasicHttpContext());
        CookieSpec theirs = new RFC6265CookieSpecFactory(
                RFC6265CookieSpecFactory.CompatibilityLevel.RELAXED, whole()).create(new BasicHttpContext());
        String[][] cases = {{"www.example.co.uk", "co.uk"}, {"www.example.co.uk", "example.co.uk"},
            {"user.github.io", "github.io"}, {"user.github.io", "user.github.io"}, {"bbs.example.com", "com"},
            {"bbs.example.com", "example.com"}, {"a.www.ck", "www.ck"}, {"a.b.ck", "b.ck"}, {"dev.local", "local"}};
        for (String[] c : cases) {
            CookieOrigin origin = new CookieOrigin(c[0], 443, "/", true);
            List<Cookie> cookies = theirs.parse(new BasicHeader("Set-Cookie", "s=1; Domain=" + c[1] + "; Path=/"),
                    origin);
            for (Cookie cookie : cookies) {
                assertThat(ours.match(cookie, origin)).as("%s from %s", c[1], c[0])
                        .isEqualTo(theirs.match(cookie, origin));
            }
        }
        CookieOrigin uk = new CookieOrigin("www.example.co.uk", 443, "/", true);
        List<Cookie> suffix = ours.parse(new BasicHeader("Set-Cookie", "s=1; Domain=co.uk"), uk);
        assertThat(ours.match(suffix.get(0), uk)).isFalse();
        List<Cookie> site = ours.parse(new BasicHeader("Set-Cookie", "s=1; Domain=example.co.uk"), uk);
        assertThat(ours.match(site.get(0), uk)).isTrue();
    }

    @Test
    void theClientNeverLoadsTheWholeListForCookiesOrCertificates() throws Exception {
        Field loaded = PublicSuffixMatcherLoader.class.getDeclaredField("DEFAULT_INSTANCE");
        loaded.setAccessible(true);
        assertThat(loaded.get(null)).as("loaded before this test").isNull();
        try (RawServer plain = RawServer.start(out -> RawServer.write(out, "HTTP/1.1 200 OK\r\nConnection: close\r\n"
                + "Set-Cookie: s=1; Path=/\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok"));
                SelfSignedSite tls = SelfSignedSite.start(dir, PublicSuffixesTest::answer);
                WebClient client = new WebClient(HttpSettings.defaults().withTrustedCertificates(
                        List.of(tls.certificatePem())))) {
            client.get(plain.url("/a"));
            assertThat(client.get(tls.url("/page")).text()).isEqualTo("ok"); // the cookie of the other port is asked
            assertThat(client.get(tls.url("/page")).text()).isEqualTo("ok");
        }
        assertThat(loaded.get(null)).isNull();
    }

    private static void answer(HttpExchange ex) throws IOException {
        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html");
        ex.getResponseHeaders().add("Set-Cookie", "t=1; Path=/");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }
}
