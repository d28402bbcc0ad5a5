package dev.fenghuang.demo.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the handlers need of an HTTP request, with query and form values decoded in the site charset
 * (a repeated name keeps its last value, as PHP does; bytes that are not valid in the charset become
 * replacement characters, so UTF-8 sent to a GBK site reads as mojibake, as on the real site).
 *
 * @param params the query parameters
 * @param form the {@code application/x-www-form-urlencoded} body of a POST, else empty
 * @param address the client's IP address
 * @param secure true when the request came over HTTPS
 */
public record PageRequest(String method, String path, String rawQuery, Map<String, String> params,
        Map<String, String> form, Map<String, String> cookies, String host, String userAgent, String referer,
        boolean acceptsGzip, String address, boolean secure) {
    private static final int MAX_BODY = 1 << 20;

    public PageRequest {
        params = Map.copyOf(params);
        form = Map.copyOf(form);
        cookies = Map.copyOf(cookies);
    }

    /** A plain-HTTP request. */
    public PageRequest(String method, String path, String rawQuery, Map<String, String> params, Map<String, String> form,
            Map<String, String> cookies, String host, String userAgent, String referer, boolean acceptsGzip,
            String address) {
        this(method, path, rawQuery, params, form, cookies, host, userAgent, referer, acceptsGzip, address, false);
    }

    public static PageRequest of(HttpExchange exchange, Charset charset, String fallbackHost) throws IOException {
        var headers = exchange.getRequestHeaders();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String host = headers.getFirst("Host");
        String encoding = headers.getFirst("Accept-Encoding");
        String type = headers.getFirst("Content-Type");
        Map<String, String> form = Map.of();
        if (exchange.getRequestMethod().equals("POST")
                && (type == null || type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY);
            form = query(new String(body, StandardCharsets.ISO_8859_1), charset);
        }
        return new PageRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                rawQuery == null ? "" : rawQuery, query(rawQuery, charset), form,
                Cookies.parse(headers.getOrDefault("Cookie", List.of())),
                host == null || host.isBlank() ? fallbackHost : host.strip(),
                headers.getFirst("User-Agent") == null ? "" : headers.getFirst("User-Agent"),
                headers.getFirst("Referer") == null ? "" : headers.getFirst("Referer"),
                encoding != null && encoding.toLowerCase().contains("gzip"),
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                exchange instanceof com.sun.net.httpserver.HttpsExchange);
    }

    /** A request parameter as Discuz merges them (the form wins over the query), "" when absent. */
    public String param(String name) {
        return form.getOrDefault(name, params.getOrDefault(name, ""));
    }

    /**
     * The entries of the PHP array parameter {@code name}: {@code name[KEY]=VALUE} pairs of the query and the form
     * (the form wins), by KEY; a repeated {@code name[]} is numbered from 0.
     */
    public Map<String, String> array(String name) {
        Map<String, String> entries = new TreeMap<>();
        String prefix = name + "[";
        for (Map<String, String> source : List.of(params, form)) {
            source.forEach((key, value) -> {
                if (key.startsWith(prefix) && key.endsWith("]")) {
                    entries.put(key.substring(prefix.length(), key.length() - 1), value);
                }
            });
        }
        return entries;
    }

    public boolean has(String name) {
        return form.containsKey(name) || params.containsKey(name);
    }

    public boolean post() {
        return method.equals("POST");
    }

    /** {@code inajax} is set: the answer is the XML envelope of 1.7.2. */
    public boolean ajax() {
        return !param("inajax").isEmpty() && !param("inajax").equals("0");
    }

    /** The {@code handlekey} when it is a word, else "" (Discuz drops others silently). */
    public String handlekey() {
        String key = param("handlekey");
        return key.matches("\\w+") ? key : "";
    }

    /** A parameter read like PHP's {@code intval}: leading digits, else 0. */
    public int intParam(String name) {
        String value = param(name).strip();
        int end = 0;
        while (end < value.length() && end < 9 && Character.isDigit(value.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(value.substring(0, end));
    }

    /** {@code http://HOST:PORT/} (or {@code https://}) as the request names the site. */
    public String siteUrl() {
        return (secure ? "https://" : "http://") + host + "/";
    }

    /** Path and query as requested. */
    public String target() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    public static Map<String, String> query(String rawQuery, Charset charset) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            if (name.endsWith("[]")) {
                name = numbered(params, name.substring(0, name.length() - 2));
            }
            params.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1), charset));
        }
        return params;
    }

    /** {@code name[N]} for the next free N, as PHP numbers the values of a repeated {@code name[]}. */
    private static String numbered(Map<String, String> params, String name) {
        int n = 0;
        while (params.containsKey(name + "[" + n + "]")) {
            n++;
        }
        return name + "[" + n + "]";
    }

    /** Percent-decodes to bytes, then reads them leniently in the charset. */
    public static String decode(String text, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] raw = String.valueOf(c).getBytes(charset);
                bytes.write(raw, 0, raw.length);
            }
        }
        return new String(bytes.toByteArray(), charset);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
