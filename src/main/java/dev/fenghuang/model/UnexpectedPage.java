package dev.fenghuang.model;

import java.io.IOException;

/** The site answered with a page that is not what a Discuz! X site would send for the request. */
public final class UnexpectedPage extends IOException {
    private static final long serialVersionUID = 1L;
    private final String url;

    public UnexpectedPage(String url, String what) {
        super(what + " (" + url + ")");
        this.url = url;
    }

    public String url() {
        return url;
    }
}
