package dev.fenghuang.model;

import java.io.IOException;

/**
 * A form (or a link carrying the form hash) of the site pointed at another origin than the configured site's
 * (scheme, host or port), or the page holding it came from there; nothing was sent.
 *
 * @see #foreign()
 */
public final class ForeignSite extends IOException {
    private static final long serialVersionUID = 1L;
    private final String site;
    private final String foreign;
    private final boolean downgrade;

    /**
     * @param site the configured site's origin, e.g. {@code https://portal.example}
     * @param foreign the origin the request would have gone to (host and port, with the scheme when it differs)
     * @param downgrade whether that origin is the site's host over plain http instead of https
     */
    public ForeignSite(String site, String foreign, boolean downgrade) {
        super("refused to send the form to " + foreign + ", which is not the site " + site);
        this.site = site;
        this.foreign = foreign;
        this.downgrade = downgrade;
    }

    public String site() {
        return site;
    }

    /** The host (and port, and scheme when only those differ) that the form pointed at. */
    public String foreign() {
        return foreign;
    }

    public boolean downgrade() {
        return downgrade;
    }
}
