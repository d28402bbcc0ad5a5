package dev.fenghuang;

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
 * A plain browser for the demo portal's forum in tests of moderation: signs a member in, posts a reply as the
 * site's fast-reply form does, and reads thread pages as a guest would. No redirects followed but the thread's.
 */
final class ForumPoster {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern FORMHASH = Pattern.compile("name=\"formhash\" value=\"([0-9a-f]{8})\"");
    private static final Pattern PID = Pattern.compile("'pid':'(\\d+)'");

    private final DemoPortal portal;
    private final Charset charset;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    ForumPoster(DemoPortal portal) {
        this.portal = portal;
        this.charset = portal.options().charset();
    }

    static ForumPoster signedIn(DemoPortal portal, String user, String password) {
        ForumPoster poster = new ForumPoster(portal);
        poster.get("forum.php");
        poster.post("member.php?mod=logging&action=login&loginsubmit=yes&loginhash=Labcd&inajax=1", "username", user,
                "password", password, "questionid", "0", "answer", "");
        return poster;
    }

    /** Replies to a thread; the new post's pid as the answer names it (also when it is held for moderation). */
    int reply(int fid, int tid, String message) {
        Matcher hash = FORMHASH.matcher(get("forum.php?mod=viewthread&tid=" + tid));
        if (!hash.find()) {
            throw new IllegalStateException("no formhash on the thread page");
        }
        String answer = post("forum.php?mod=post&action=reply&fid=" + fid + "&tid=" + tid + "&extra=&replysubmit=yes"
                + "&infloat=yes&handlekey=fastpost&inajax=1", "formhash", hash.group(1), "message", message);
        Matcher pid = PID.matcher(answer);
        if (!pid.find()) {
            throw new IllegalStateException("no pid in the answer: " + answer);
        }
        return Integer.parseInt(pid.group(1));
    }

    /** A thread page, after the site's redirects. */
    String thread(int tid, int page) {
        String target = "forum.php?mod=viewthread&tid=" + tid + "&page=" + page;
        for (int hops = 0; hops < 5; hops++) {
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + target)).GET());
            if (r.statusCode() != 301 && r.statusCode() != 302) {
                return new String(r.body(), charset);
            }
            String location = r.headers().firstValue("location").orElse("");
            target = location.startsWith(portal.baseUrl().toString())
                    ? location.substring(portal.baseUrl().toString().length()) : location;
        }
        throw new IllegalStateException("too many redirects");
    }

    String get(String target) {
        return new String(send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + target)).GET()).body(), charset);
    }

    String post(String target, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], charset)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], charset));
        }
        return new String(send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).body(), charset);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(10)).header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)")
                .header("Referer", portal.baseUrl() + "forum.php");
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
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
