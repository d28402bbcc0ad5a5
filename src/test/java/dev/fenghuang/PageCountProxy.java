package dev.fenghuang;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A GET-only proxy in front of a UTF-8 demo portal that rewrites every pager's {@code title="共 K 页"} to claim
 * {@code claimed} pages: a site lying about its page count.
 */
final class PageCountProxy implements AutoCloseable {
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    PageCountProxy(URI upstream, long claimed) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            requests.add(path);
            try {
                HttpRequest.Builder ask = HttpRequest.newBuilder(upstream.resolve(path)).GET();
                for (String name : List.of("User-Agent", "Cookie", "Accept", "Accept-Language", "Referer")) {
                    String value = exchange.getRequestHeaders().getFirst(name);
                    if (value != null) {
                        ask.setHeader(name, value);
                    }
                }
                HttpResponse<byte[]> up = client.send(ask.build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = up.body();
                String type = up.headers().firstValue("Content-Type").orElse("");
                if (type.startsWith("text/html")) {
                    body = new String(body, StandardCharsets.UTF_8)
                            .replaceAll("title=\"共 \\d+ 页\"", "title=\"共 " + claimed + " 页\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                if (!type.isEmpty()) {
                    exchange.getResponseHeaders().set("Content-Type", type);
                }
                for (String cookie : up.headers().allValues("Set-Cookie")) {
                    exchange.getResponseHeaders().add("Set-Cookie", cookie);
                }
                exchange.sendResponseHeaders(up.statusCode(), body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The paths asked for, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
