package dev.fenghuang.demo;

import dev.fenghuang.demo.http.Cookies;
import dev.fenghuang.demo.http.HtmlText;
import dev.fenghuang.demo.http.PageRequest;
import dev.fenghuang.demo.http.PageResponse;
import dev.fenghuang.demo.http.ResponseWriter;
import dev.fenghuang.demo.http.Visit;
import dev.fenghuang.demo.page.SystemErrorPage;
import dev.fenghuang.demo.store.Sessions;
import dev.fenghuang.demo.store.SiteMember;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request passes here, in this order: count and log it, take the faults whose rules match it, apply the
 * connection faults (RESET before the body is read, SLOW, RESET_AFTER_READ after), identify the visitor and the
 * member of the session, answer in place of the site when a fault says so, refuse tainted or wrong-formhash requests,
 * route, set cookies, apply page faults, drop or stall the answer of a stored write when asked, then encode and send
 * it the way the delivery faults say.
 */
final class DemoHandler implements HttpHandler {
    private final SiteSettings site;
    private final Router router;
    private final Sessions sessions;
    private final DemoOptions options;
    private final ActiveFaults faults = new ActiveFaults();
    private final ResponseWriter writer;
    private final AtomicBoolean dropNextWrite = new AtomicBoolean();
    private final AtomicLong count = new AtomicLong();
    private final RequestLog log = new RequestLog();
    private final SecureRandom random = new SecureRandom();

    DemoHandler(SiteSettings site, Router router, Sessions sessions, DemoOptions options) {
        this.site = site;
        this.router = router;
        this.sessions = sessions;
        this.options = options;
        this.writer = new ResponseWriter(faults, options);
        options.faults().forEach(faults::add);
    }

    void inject(FaultRule rule) {
        faults.add(rule);
    }

    void clearFaults() {
        faults.clear();
        dropNextWrite.set(false);
    }

    /** Lets every connection a fault holds go, for closing. */
    void releaseHeld() {
        faults.releaseAll();
    }

    void dropNextWrite() {
        dropNextWrite.set(true);
    }

    long requestCount() {
        return count.get();
    }

    List<String> requestLog() {
        return log.snapshot();
    }

    /**
     * Answers one exchange and closes it. An IOException (the client went away, or a fault cut the body short)
     * leaves the exchange unclosed and goes to the server, which closes the connection: closing the exchange would
     * finish a chunked body properly, and leave a connection with an unfinished fixed-length body open.
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        serve(exchange);
        exchange.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        long since = faults.generation();
        count.incrementAndGet();
        log.add(exchange.getRequestURI().toString());
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = PageRequest.query(exchange.getRequestURI().getRawQuery(), site.charset());
        Set<Fault> active = faults.take(method, path, query);
        ActiveFaults.WriteFaults writeFaults = faults.writeFaults(method, path, query);
        if (active.contains(Fault.RESET)) {
            return;
        }
        if (active.contains(Fault.SLOW)) {
            faults.hold(options.slowDelay(), since);
        }
        PageRequest request = PageRequest.of(exchange, site.charset(), site.canonicalAuthority());
        if (active.contains(Fault.RESET_AFTER_READ)) {
            exchange.getRequestBody().readAllBytes();
            return;
        }
        PageResponse response = respond(request, active);
        if (response.stored() && unanswered(writeFaults, since)) {
            return;
        }
        writer.write(exchange, response, site, request.acceptsGzip(), active, since);
    }

    /** True when the answer of a stored write is dropped or stalled (a fault or {@link #dropNextWrite()}). */
    private boolean unanswered(ActiveFaults.WriteFaults writeFaults, long since) {
        if (dropNextWrite.getAndSet(false)) {
            return true;
        }
        Fault fault = writeFaults.take();
        if (fault == Fault.STALL_AFTER_WRITE) {
            faults.hold(options.stallLimit(), since);
        }
        return fault != null;
    }

    /** The answer with the page faults applied; a bug of ours becomes a 500 naming it. */
    private PageResponse respond(PageRequest request, Set<Fault> active) {
        try {
            Visit visit = visit(request);
            PageResponse instead = FaultInjector.instead(active, visit);
            if (instead != null) {
                return instead;
            }
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
            return new Visit(request, site, Cookies.random(8, random), true, SiteMember.GUEST);
        }
        SiteMember member = sessions.find(request.cookies().get(site.cookiePrefix() + "auth"), saltkey)
                .orElse(SiteMember.GUEST);
        return new Visit(request, site, saltkey, false, member);
    }
}
