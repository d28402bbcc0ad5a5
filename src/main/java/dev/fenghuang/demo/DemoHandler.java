package dev.fenghuang.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request passes here, in this order: count and log it, apply connection faults (RESET, SLOW),
 * identify the visitor and the member of the session, refuse tainted or wrong-formhash requests, route,
 * set cookies, apply page faults, drop or hold back the answer of a stored write when asked, then encode and send.
 */
final class DemoHandler implements HttpHandler {
    private final SiteSettings site;
    private final Router router;
    private final Sessions sessions;
    private final Duration slowDelay;
    private final Set<Fault> faults = new CopyOnWriteArraySet<>();
    private final AtomicBoolean dropNextWrite = new AtomicBoolean();
    private final AtomicLong count = new AtomicLong();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final SecureRandom random = new SecureRandom();

    DemoHandler(SiteSettings site, Router router, Sessions sessions, Duration slowDelay) {
        this.site = site;
        this.router = router;
        this.sessions = sessions;
        this.slowDelay = slowDelay;
    }

    void inject(Fault fault) {
        faults.add(fault);
    }

    void clearFaults() {
        faults.clear();
        dropNextWrite.set(false);
    }

    void dropNextWrite() {
        dropNextWrite.set(true);
    }

    long requestCount() {
        return count.get();
    }

    List<String> requestLog() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            count.incrementAndGet();
            log.add(exchange.getRequestURI().toString());
            Set<Fault> active = Set.copyOf(faults);
            if (active.contains(Fault.RESET)) {
                return;
            }
            if (active.contains(Fault.SLOW)) {
                pause();
            }
            PageRequest request = PageRequest.of(exchange, site.charset(), site.canonicalAuthority());
            PageResponse response = respond(request, active);
            if (response.stored() && (active.contains(Fault.DROP_AFTER_WRITE) || dropNextWrite.getAndSet(false))) {
                return;
            }
            if (response.stored() && active.contains(Fault.STALL_AFTER_WRITE)) {
                holdUntilStopped();
                return;
            }
            ResponseWriter.write(exchange, response, site, request.acceptsGzip());
        }
    }

    /** The answer with the page faults applied; a bug of ours becomes a 500 naming it. */
    private PageResponse respond(PageRequest request, Set<Fault> active) {
        try {
            Visit visit = visit(request);
            PageResponse response = answer(visit);
            for (Fault fault : active) {
                response = FaultInjector.apply(fault, response, visit);
            }
            return response;
        } catch (RuntimeException e) {
            return PageResponse.bytes(500, "text/html; charset=utf-8", ("<html><body><h1>500</h1><p>"
                    + HtmlText.escape(String.valueOf(e)) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }

    private PageResponse answer(Visit visit) {
        if (!Router.isScript(visit.request().path())) {
            return router.route(visit);
        }
        PageResponse response = RequestGuard.refuses(visit) ? SystemErrorPage.render(visit) : router.route(visit);
        if (response.ownCookies()) {
            return response;
        }
        String path = visit.request().path();
        String script = path.equals("/") ? "index.php" : path.substring(1);
        response = response.withCookies(Cookies.forPage(visit, script, Router.module(visit.request())));
        if (visit.request().param("mobile").equals("no")) {
            response = response.withHeader("Set-Cookie",
                    Cookies.set(site.cookiePrefix() + "mobile", "no", Cookies.ONE_HOUR, false, site.now()));
        }
        return response;
    }

    /** The visitor: the saltkey sent back, or a new one that this answer will set; the member of its session. */
    private Visit visit(PageRequest request) {
        String saltkey = request.cookies().get(site.cookiePrefix() + "saltkey");
        boolean known = saltkey != null && saltkey.matches("[A-Za-z0-9]{8}");
        if (!known) {
            return new Visit(request, site, Cookies.random(8, random), true, Member.GUEST);
        }
        Member member = sessions.find(request.cookies().get(site.cookiePrefix() + "auth"), saltkey)
                .orElse(Member.GUEST);
        return new Visit(request, site, saltkey, false, member);
    }

    /**
     * Holds a stored write's connection unanswered until the portal stops (it interrupts its threads). The JDK server
     * cannot tell that the client went away without writing to it, so the connection is held until then.
     */
    private static void holdUntilStopped() {
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void pause() {
        try {
            Thread.sleep(slowDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
