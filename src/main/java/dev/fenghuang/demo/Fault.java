package dev.fenghuang.demo;

/**
 * A misbehaviour the demo portal applies to every request after {@link DemoPortal#inject(Fault)},
 * until {@link DemoPortal#clearFaults()}.
 */
public enum Fault {
    /** HTTP 500 with a short HTML body. */
    SERVER_ERROR,
    /** The requested page cut off in the middle of its body; Content-Length matches what is sent. */
    TRUNCATED,
    /** The requested page with unclosed tags and garbage bytes in the middle. */
    MALFORMED,
    /** The page as GBK bytes with no charset in the Content-Type, the meta tag or the head script. */
    UNDECLARED_CHARSET,
    /** An ordinary HTML page that is not a Discuz page at all, with status 200. */
    NOT_DISCUZ,
    /** The normal answer after {@link DemoOptions#slowDelay()}. */
    SLOW,
    /** The connection is closed without any answer. */
    RESET,
    /**
     * Writes only (a comment, edit, delete, reaction or favourite that went through): the site stores the change,
     * then closes the connection without any answer. Reads and refused writes are answered normally.
     */
    DROP_AFTER_WRITE,
    /**
     * Writes only: the site stores the write, then holds the connection without answering until the client goes
     * away or the portal stops. Reads and refused writes are answered normally.
     */
    STALL_AFTER_WRITE
}
