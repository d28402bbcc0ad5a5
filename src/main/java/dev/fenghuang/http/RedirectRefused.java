package dev.fenghuang.http;

import java.io.IOException;
import java.io.Serial;

/**
 * A GET's redirects were not followed: they loop, they lead from https to plain http, or, on a connection confined
 * to the site's origin, they lead to another scheme, host or port.
 */
public final class RedirectRefused extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the redirect was refused. */
    public enum Reason { LOOP, DOWNGRADE, FOREIGN }

    private final Reason reason;
    private final String location;

    public RedirectRefused(Reason reason, String location, Throwable cause) {
        super(switch (reason) {
            case LOOP -> "the site redirects in a loop (at " + location + ")";
            case DOWNGRADE -> "the site redirects from https to plain http (" + location + "); not followed";
            case FOREIGN -> "the site redirects to " + location + ", which is not the site; not followed";
        }, cause);
        this.reason = reason;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Where the refused redirect pointed: a URL, possibly with its query redacted; for {@link Reason#FOREIGN} only
     * its origin, {@code scheme://host:port}.
     */
    public String location() {
        return location;
    }
}
