package dev.fenghuang.app.image;

import java.io.IOException;

/** An image that is not drawn: not an image Java reads, corrupt, over a cap, or too slow to decode. */
public final class UnreadableImage extends IOException {
    public UnreadableImage(String message) {
        super(message);
    }

    UnreadableImage(String message, Throwable cause) {
        super(message, cause);
    }
}
