package dev.fenghuang.http;

import java.io.IOException;
import java.io.Serial;

/** A GET's redirects were not followed: they loop, or they lead from https to plain http. */
public final class RedirectRefused extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the redirect was refused. */
    public enum Reason { LOOP, DOWNGRADE }

    private final Reason reason;
    private final String location;

    public RedirectRefused(Reason reason, String location, Throwable cause) {
        super(reason == Reason.LOOP ? "the site redirects in a loop (at " + location + ")"
                : "the site redirects from https to plain http (" + location + "); not followed", cause);
        this.reason = reason;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    /** Where the refused redirect pointed (a URL, possibly with its query redacted). */
    public String location() {
        return location;
    }
}
