package dev.fenghuang.app.image;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the images of one article may cost over a slow link before the rest wait to be asked for: a time budget for
 * each image and a cap on the bytes of all of them. Shared by the fetches of one article (thread-safe).
 */
public final class ImageBudget {
    private final Duration perImage;
    private final AtomicLong bytesLeft;

    public ImageBudget(Duration perImage, long totalBytes) {
        this.perImage = perImage;
        this.bytesLeft = new AtomicLong(totalBytes);
    }

    /** For an image the user asked for: the caps of {@link ImageLimits} and the request deadline only. */
    public static ImageBudget onDemand() {
        return new ImageBudget(Duration.ofDays(1), Long.MAX_VALUE);
    }

    public Duration perImage() {
        return perImage;
    }

    public long bytesLeft() {
        return Math.max(0, bytesLeft.get());
    }

    public void spend(long bytes) {
        bytesLeft.addAndGet(-bytes);
    }
}
