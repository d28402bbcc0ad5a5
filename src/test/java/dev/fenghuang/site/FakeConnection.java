package dev.fenghuang.site;

import dev.fenghuang.http.FormAnswer;
import dev.fenghuang.http.SiteConnection;
import dev.fenghuang.http.WebPage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scripted {@link SiteConnection}: answers are looked up by a part of the URL (the longest rule that matches
 * wins), each rule's answers are used in turn and the last one repeats; every request is recorded. Anything
 * unscripted is a network failure.
 */
public final class FakeConnection implements SiteConnection {
    /** What the client sent. {@code fields}, {@code charset} only for posts. */
    public record Request(String method, String url, List<Map.Entry<String, String>> fields, Charset charset,
                   String referer, boolean ajax) {
        public String field(String name) {
            return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
        }

        public List<String> names() {
            return fields.stream().map(Map.Entry::getKey).toList();
        }
    }

    private final Map<String, Deque<Object>> rules = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, String> cookies = new HashMap<>();
    private final Charset charset;
    private boolean cleared;

    public FakeConnection() {
        this(StandardCharsets.UTF_8);
    }

    /** @param charset the charset every page is said to be decoded with (the site charset) */
    public FakeConnection(Charset charset) {
        this.charset = charset;
    }

    /** A 200 answer to a GET or POST whose URL contains {@code urlPart}; XML when the body is an envelope. */
    public FakeConnection answer(String urlPart, String body) {
        return answer(urlPart, 200, body);
    }

    public FakeConnection answer(String urlPart, int status, String body) {
        rules.computeIfAbsent(urlPart, k -> new ArrayDeque<>()).add(new Canned(status, null, null, body));
        return this;
    }

    /** A fixture file from src/test/resources/site as the answer. */
    public FakeConnection fixture(String urlPart, String fixture) {
        return answer(urlPart, Fixtures.text(fixture));
    }

    /** A GET that the HTTP client followed through a redirect to {@code finalUrl}, answered there with {@code body}. */
    public FakeConnection followed(String urlPart, String finalUrl, String body) {
        rules.computeIfAbsent(urlPart, k -> new ArrayDeque<>()).add(new Canned(200, null, finalUrl, body));
        return this;
    }

    /** A redirect that is not followed (posts). */
    public FakeConnection redirect(String urlPart, int status, String location) {
        rules.computeIfAbsent(urlPart, k -> new ArrayDeque<>()).add(new Canned(status, location, null, ""));
        return this;
    }

    public FakeConnection image(String urlPart, byte[] bytes) {
        rules.computeIfAbsent(urlPart, k -> new ArrayDeque<>()).add(bytes);
        return this;
    }

    public FakeConnection cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public List<Request> requests() {
        return requests;
    }

    public List<Request> posts() {
        return requests.stream().filter(r -> r.method().equals("POST")).toList();
    }

    public Request lastPost() {
        List<Request> posts = posts();
        if (posts.isEmpty()) {
            throw new AssertionError("nothing was posted; requests: " + requests);
        }
        return posts.get(posts.size() - 1);
    }

    boolean cleared() {
        return cleared;
    }

    @Override
    public WebPage get(URI url) throws IOException {
        return get(url, null, false);
    }

    @Override
    public WebPage get(URI url, URI referer, boolean ajax) throws IOException {
        requests.add(new Request("GET", url.toString(), List.of(), null, str(referer), ajax));
        Canned c = (Canned) next(url);
        URI last = c.finalUrl() == null ? url : URI.create(c.finalUrl());
        return new WebPage(url, last, c.status(), type(c.body()), charset, true, c.body());
    }

    @Override
    public byte[] bytes(URI url, URI referer) throws IOException {
        requests.add(new Request("BYTES", url.toString(), List.of(), null, str(referer), false));
        Object answer = next(url);
        return answer instanceof byte[] b ? b : ((Canned) answer).body().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public FormAnswer post(URI url, List<Map.Entry<String, String>> fields, Charset charset, URI referer)
            throws IOException {
        requests.add(new Request("POST", url.toString(), List.copyOf(fields), charset, str(referer), false));
        Canned c = (Canned) next(url);
        return new FormAnswer(c.status(), c.location(), c.body().isEmpty() ? "" : type(c.body()), c.body());
    }

    @Override
    public Optional<String> cookieEndingWith(String suffix) {
        return cookies.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The fake follows no redirect itself: a canned final URL stands for one already followed. */
    @Override
    public SiteConnection confinedToOrigin() {
        return this;
    }

    @Override
    public void clearCookies() {
        cookies.clear();
        cleared = true;
    }

    private Object next(URI url) throws IOException {
        String u = url.toString();
        String best = null;
        for (String part : rules.keySet()) {
            if (u.contains(part) && (best == null || part.length() > best.length())) {
                best = part;
            }
        }
        if (best == null) {
            throw new IOException("no answer scripted for " + u);
        }
        Deque<Object> queue = rules.get(best);
        return queue.size() > 1 ? queue.poll() : queue.peek();
    }

    private static String type(String body) {
        return body.startsWith("<?xml") ? "text/xml" : "text/html";
    }

    private static String str(URI uri) {
        return uri == null ? null : uri.toString();
    }

    private record Canned(int status, String location, String finalUrl, String body) {
    }
}
