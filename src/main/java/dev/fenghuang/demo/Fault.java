package dev.fenghuang.demo;

import java.util.Locale;

/**
 * A misbehaviour the demo portal applies to the requests a {@link FaultRule} matches, after
 * {@link DemoPortal#inject(FaultRule)} (or {@link DemoPortal#inject(Fault)} for every request), until the rule's count
 * is used up or {@link DemoPortal#clearFaults()}. On the command line a fault is named by its {@link #spec()}:
 * {@code demo-portal --fault drip:/portal.php}.
 */
public enum Fault {
    /** HTTP 500 with a short HTML body. */
    SERVER_ERROR,
    /** HTTP 502 with nginx's Bad Gateway page, as a proxy in front of a dead PHP answers. */
    BAD_GATEWAY,
    /** HTTP 503 with nginx's Service Temporarily Unavailable page and no {@code Retry-After}. */
    SERVICE_UNAVAILABLE,
    /**
     * Discuz's System Error page (protocol reference 1.5): HTTP 503 with {@code Retry-After: 3600}, titled
     * {@code HOST:PORT - System Error}, the {@code div.info} saying 您当前的访问请求当中含有非法字符，已经被系统拒绝.
     */
    SYSTEM_ERROR,
    /** The requested page cut off in the middle of its body; Content-Length matches what is sent. */
    TRUNCATED,
    /**
     * The requested page's full length in Content-Length, only the first half of the bytes, then the connection
     * closes: the body ends early.
     */
    SHORT_BODY,
    /** The requested page with unclosed tags and garbage bytes in the middle. */
    MALFORMED,
    /** Missing charset: the page as GBK bytes with no charset in the Content-Type, the meta tag or the head script. */
    UNDECLARED_CHARSET,
    /**
     * Wrong charset: the page's bytes in the site charset, every declaration (header, meta tag, head script) naming
     * the other one (GBK on a UTF-8 site, UTF-8 on a GBK site).
     */
    WRONG_CHARSET,
    /** An ordinary HTML page that is not a Discuz page at all, with status 200. */
    NOT_DISCUZ,
    /** Latency: the normal answer after {@link DemoOptions#slowDelay()}. */
    SLOW,
    /**
     * The headers and the first half of the body, then nothing: the connection is held open until the fault is
     * cleared, the portal closes or {@link DemoOptions#stallLimit()} passes, and then closed.
     */
    STALL_MID_BODY,
    /**
     * The headers at once (the full Content-Length, no gzip), then the body one byte every
     * {@link DemoOptions#dripInterval()} (a second by default), until it is all sent, the client goes away or the
     * fault is cleared.
     */
    DRIP,
    /**
     * Reset before the request is read: the connection is closed without any answer as soon as the request line and
     * headers are in; a POST body is never read and nothing is stored.
     */
    RESET,
    /** Reset after the request is read: the whole request, body included, is read, nothing is done, no answer. */
    RESET_AFTER_READ,
    /** The page with {@code Content-Encoding: gzip}, whatever the client accepts, and a corrupt deflate stream. */
    BROKEN_GZIP,
    /** A {@code 302} whose {@code Location} is the requested URL itself. */
    REDIRECT_LOOP,
    /**
     * A {@code 302} to the same path and query on another host: {@code localhost} instead of {@code 127.0.0.1}, the
     * same port, so that a client following it reaches this portal again and its requests show what it sent.
     */
    REDIRECT_OFF_SITE,
    /**
     * Writes only (a comment, edit, delete, reaction, favourite or moderation decision that went through): the site
     * stores the change, then closes the connection without any answer. Reads and refused writes are answered
     * normally.
     */
    DROP_AFTER_WRITE,
    /**
     * Writes only, like {@link #DROP_AFTER_WRITE}: the site stores the write, then holds the connection without
     * answering, until the fault is cleared, the portal closes or {@link DemoOptions#stallLimit()} passes; then it
     * closes it, still without an answer.
     */
    STALL_AFTER_WRITE,
    /** A 200 whose Content-Length is {@link DemoOptions#hugeBodyBytes()} (64 MiB by default): the page, then filler. */
    HUGE_BODY,
    /** A chunked 200 that never ends: the page's start, then filler chunks until the client goes away. */
    ENDLESS_BODY,
    /** The normal answer with 1,000 more {@code Set-Cookie} headers of 3,000-character values, distinct names. */
    COOKIE_FLOOD,
    /**
     * Every image answer replaced by a hostile one: a valid PNG header declaring 100000x100000 pixels (a
     * decompression bomb's head) followed by garbage; pages are answered normally.
     */
    HOSTILE_IMAGE;

    /** The name on the command line: lower case with hyphens, e.g. {@code drop-after-write}. */
    public String spec() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the faults that act only on a write the site stored. */
    boolean afterWrite() {
        return this == DROP_AFTER_WRITE || this == STALL_AFTER_WRITE;
    }
}
