package dev.fenghuang.model.search;

import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import java.time.Duration;

/** The site refused a new search because the last one was less than its interval ago ({@code search_ctrl}). */
public final class SearchTooSoon extends java.io.IOException {
    private static final long serialVersionUID = 1L;
    private final transient SiteMessage message;
    private final Duration interval;

    public SearchTooSoon(SiteRefused refusal, Duration interval) {
        super(refusal.getMessage(), refusal);
        this.message = refusal.siteMessage();
        this.interval = interval;
    }

    /** The site's words. */
    public SiteMessage siteMessage() {
        return message;
    }

    /** The site's interval between two searches, as its message says (10 s by default). */
    public Duration interval() {
        return interval;
    }
}
