package dev.fenghuang.demo.forum;

import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-side browser for the demo forum: keeps its cookies, sends a desktop UA and a same-site Referer, encodes
 * forms in the site charset, never follows redirects, and reads answers in the site charset.
 */
final class ForumBrowser {
    static final String DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern FORMHASH = Pattern.compile("name=\"formhash\" value=\"([0-9a-f]{8})\"");

    /** An answer: status, the Location header, and the body read in the site charset. */
    record Answer(int status, String location, String body) {
    }

    private final DemoPortal portal;
    private final Charset charset;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    ForumBrowser(DemoPortal portal) {
        this.portal = portal;
        this.charset = portal.options().charset();
    }

    /** A browser logged in as the user (reader2 answers its security question). */
    static ForumBrowser loggedIn(DemoPortal portal, String username, String password) {
        ForumBrowser browser = new ForumBrowser(portal);
        browser.get("forum.php");
        browser.post("member.php?mod=logging&action=login&loginsubmit=yes&loginhash=Labcd&inajax=1", "username",
                username, "password", password, "questionid", username.equals("reader2") ? "1" : "0", "answer",
                username.equals("reader2") ? "王芳" : "");
        if (!browser.cookies.containsKey(portal.cookiePrefix() + "auth")) {
            throw new IllegalStateException("login failed for " + username);
        }
        return browser;
    }

    String site() {
        return portal.baseUrl().toString();
    }

    String formhash() {
        Matcher m = FORMHASH.matcher(get("forum.php").body());
        if (!m.find()) {
            throw new IllegalStateException("no formhash");
        }
        return m.group(1);
    }

    Answer get(String target) {
        return send(HttpRequest.newBuilder(URI.create(site() + target)).GET());
    }

    /** A GET that follows redirects within the site, as a client must after the self-302 of a thread page. */
    Answer follow(String target) {
        Answer answer = get(target);
        for (int hops = 0; hops < 5 && (answer.status() == 301 || answer.status() == 302); hops++) {
            String next = answer.location().startsWith(site()) ? answer.location().substring(site().length())
                    : answer.location();
            answer = get(next);
        }
        return answer;
    }

    /** A POST of name/value pairs, encoded in the site charset. */
    Answer post(String target, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], charset)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], charset));
        }
        return send(HttpRequest.newBuilder(URI.create(site() + target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Answer send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(10)).header("User-Agent", DESKTOP_UA).header("Referer", site() + "forum.php");
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String set : response.headers().allValues("set-cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (set.contains("Max-Age=0")) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return new Answer(response.statusCode(), response.headers().firstValue("location").orElse(""),
                    new String(response.body(), charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
