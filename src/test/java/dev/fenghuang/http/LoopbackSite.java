package dev.fenghuang.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/** A site on a free loopback port answering every path with one handler, for a test's client to talk to. */
final class LoopbackSite implements AutoCloseable {
    private final HttpServer server;

    private LoopbackSite(HttpServer server) {
        this.server = server;
    }

    static LoopbackSite start(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return new LoopbackSite(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The site's root, {@code http://127.0.0.1:PORT/}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
