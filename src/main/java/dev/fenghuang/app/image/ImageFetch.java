package dev.fenghuang.app.image;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** Where article images come from: the site's HTTP client, with a byte cap and a time budget per image. */
@FunctionalInterface
public interface ImageFetch {
    /** A reader that fetches no images (every image stays a placeholder). */
    ImageFetch NONE = (url, page, maxBytes, budget) -> {
        throw new IOException("images are not fetched here");
    };

    /** The bytes at {@code url}, an http or https URL, from the page {@code page} (the Referer). */
    byte[] fetch(URI url, URI page, long maxBytes, Duration budget) throws IOException;
}
