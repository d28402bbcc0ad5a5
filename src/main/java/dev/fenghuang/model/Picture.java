package dev.fenghuang.model;

import java.util.Arrays;

/**
 * A decoded image, scaled down to at most the reader's kept side (240 pixels by default): what the reader draws from
 * and what the cache keeps (never the site's bytes).
 */
public final class Picture {
    private final int width;
    private final int height;
    private final int[] rgb;

    /** @param rgb {@code width × height} pixels, row by row, each {@code 0xRRGGBB} (transparency already blended) */
    public Picture(int width, int height, int[] rgb) {
        if (width < 1 || height < 1 || rgb.length != width * height) {
            throw new IllegalArgumentException("a picture of " + width + "x" + height + " with " + rgb.length
                    + " pixels");
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The colour at (x, y) as {@code 0xRRGGBB}. */
    public int rgb(int x, int y) {
        return rgb[y * width + x];
    }

    /** Bytes this picture takes in memory, for the cache's weight. */
    public long bytes() {
        return 4L * rgb.length + 32;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.width == width && Arrays.equals(p.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return 31 * width + Arrays.hashCode(rgb);
    }
}
