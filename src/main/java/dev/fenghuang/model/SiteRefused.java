package dev.fenghuang.model;

import java.io.IOException;

/** The site answered with a message page instead of what was asked for. */
public final class SiteRefused extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient SiteMessage message;

    public SiteRefused(SiteMessage message) {
        super(message.text());
        this.message = message;
    }

    public SiteMessage siteMessage() {
        return message;
    }
}
