package dev.fenghuang.site;

import dev.fenghuang.http.PageSource;
import dev.fenghuang.http.WebPage;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link PageSource} answering from a map of canned pages; anything else is a network failure. */
final class FakePages implements PageSource {
    private final Map<String, WebPage> pages = new HashMap<>();
    private final List<String> asked = new ArrayList<>();

    FakePages serve(String url, String fixture, int status) {
        pages.put(url, Fixtures.page(fixture, url, status));
        return this;
    }

    FakePages serve(String url, WebPage page) {
        pages.put(url, page);
        return this;
    }

    List<String> asked() {
        return asked;
    }

    @Override
    public WebPage get(URI url) throws IOException {
        asked.add(url.toString());
        WebPage page = pages.get(url.toString());
        if (page == null) {
            throw new IOException("no answer for " + url);
        }
        return page;
    }
}
