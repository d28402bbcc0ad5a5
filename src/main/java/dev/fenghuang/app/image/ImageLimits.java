package dev.fenghuang.app.image;

import java.time.Duration;

/**
 * What an article image may cost: bytes read from the network, pixels the header may declare, time to decode, and
 * the size kept once decoded. Anything over a cap is not drawn (the reader shows its placeholder).
 *
 * @param maxBytes the most bytes one image's answer may have
 * @param maxPixels the most pixels (width × height) its header may declare; checked before decoding
 * @param maxSide the most pixels either side may declare
 * @param decodeTime the most one decode may take
 * @param keptSide the longest side of the picture kept after decoding (enough for the widest text column)
 */
public record ImageLimits(long maxBytes, long maxPixels, int maxSide, Duration decodeTime, int keptSide) {

    public static ImageLimits defaults() {
        return new ImageLimits(4L * 1024 * 1024, 4096L * 4096, 8192, Duration.ofSeconds(2), 240);
    }
}
