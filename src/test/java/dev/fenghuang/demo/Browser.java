package dev.fenghuang.demo;

import java.io.ByteArrayOutputStream;
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
 * A test-side browser for one demo portal: keeps the cookies it is sent (a {@code Max-Age=0} removes one),
 * encodes forms in the site charset, never follows redirects and sends a desktop UA.
 */
public final class Browser {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern FORMHASH = Pattern.compile("name=\"formhash\" value=\"([0-9a-f]{8})\"");

    private final DemoPortal portal;
    private final Charset charset;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(DemoPortal portal) {
        this.portal = portal;
        this.charset = portal.options().charset();
    }

    /** A browser already logged in as the user, its cookies those of the login answer. */
    public static Browser loggedIn(DemoPortal portal, String username, String password) {
        Browser browser = new Browser(portal);
        browser.get("portal.php");
        Fetch.Page answer = browser.post("member.php?mod=logging&action=login&loginsubmit=yes&loginhash=Labcd"
                + "&inajax=1", "username", username, "password", password, "questionid", "0");
        if (!browser.cookies.containsKey(portal.cookiePrefix() + "auth")) {
            throw new IllegalStateException("login failed: " + answer.text(browser.charset));
        }
        return browser;
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String portalUrl() {
        return portal.baseUrl().toString();
    }

    /** The site charset pages are read and forms are encoded in. */
    public Charset charset() {
        return charset;
    }

    Map<String, String> cookies() {
        return cookies;
    }

    String cookie(String suffix) {
        return cookies.get(portal.cookiePrefix() + suffix);
    }

    public void setCookie(String suffix, String value) {
        cookies.put(portal.cookiePrefix() + suffix, value);
    }

    /** The formhash printed in this browser's pages. */
    public String formhash() {
        Matcher m = FORMHASH.matcher(get("portal.php").text(charset));
        if (!m.find()) {
            throw new IllegalStateException("no formhash");
        }
        return m.group(1);
    }

    public Fetch.Page get(String target, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + target)).GET(), headers);
    }

    /** A POST of name/value pairs, encoded in the site charset. */
    public Fetch.Page post(String target, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], charset)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], charset));
        }
        return postBytes(target, body.toString().getBytes(charset));
    }

    public Fetch.Page postBytes(String target, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, headers);
    }

    /** A GET over a plain socket with this browser's cookies, never retried: the raw answer bytes. */
    public byte[] raw(String target) {
        try (java.net.Socket socket = new java.net.Socket(portal.baseUrl().getHost(), portal.baseUrl().getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            String request = "GET /" + target + " HTTP/1.0\r\nHost: " + portal.baseUrl().getAuthority()
                    + "\r\nUser-Agent: " + Fetch.DESKTOP_UA + "\r\nCookie: " + cookie + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Percent-encodes text as the given charset's bytes, for sending the wrong encoding on purpose. */
    public static String encode(String text, Charset charset) {
        return URLEncoder.encode(text, charset);
    }

    private Fetch.Page send(HttpRequest.Builder request, String... headers) {
        request.timeout(Duration.ofSeconds(10)).header("User-Agent", Fetch.DESKTOP_UA);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.setHeader("Cookie", header.toString());
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
            byte[] body = response.body();
            if (response.headers().firstValue("content-encoding").orElse("").equals("gzip")) {
                body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
            }
            return new Fetch.Page(response.statusCode(), response.headers(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
