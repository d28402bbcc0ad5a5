package dev.fenghuang.http;

import java.io.IOException;
import java.net.URI;

/** Where pages come from: the network, or a canned page in a test. */
@FunctionalInterface
public interface PageSource {
    /**
     * Fetches a page with GET, following redirects. Any status is returned as a page;
     * only a failure to get an answer at all throws.
     */
    WebPage get(URI url) throws IOException;

    /**
     * Builds, ahead, what a first request needs (a client and its pool): for a thread that would otherwise wait idle
     * before it sends one. Only ever an optimisation; a source with nothing to build does nothing.
     */
    default void prepare() {
    }
}
