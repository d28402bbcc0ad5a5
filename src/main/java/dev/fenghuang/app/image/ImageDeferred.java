package dev.fenghuang.app.image;

import java.io.IOException;

/** An image not fetched, or not fetched in full, because it would pass its article's budget: it waits to be asked for. */
public final class ImageDeferred extends IOException {
    public ImageDeferred(String message, Throwable cause) {
        super(message, cause);
    }
}
