package dev.fenghuang.app.image;

import dev.fenghuang.model.Picture;
import java.awt.image.BufferedImage;

/** Scales a decoded image down by averaging boxes of pixels, transparency blended over white. */
final class Scaled {
    private Scaled() {
    }

    static Picture of(BufferedImage image, int maxSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.max(1.0, (double) Math.max(w, h) / maxSide);
        int outW = Math.max(1, (int) Math.round(w / scale));
        int outH = Math.max(1, (int) Math.round(h / scale));
        int[] out = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            int y0 = (int) (y * scale);
            int y1 = Math.min(h, Math.max(y0 + 1, (int) ((y + 1) * scale)));
            for (int x = 0; x < outW; x++) {
                int x0 = (int) (x * scale);
                int x1 = Math.min(w, Math.max(x0 + 1, (int) ((x + 1) * scale)));
                out[y * outW + x] = average(image, x0, x1, y0, y1);
            }
        }
        return new Picture(outW, outH, out);
    }

    private static int average(BufferedImage image, int x0, int x1, int y0, int y1) {
        long r = 0;
        long g = 0;
        long b = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int argb = image.getRGB(x, y);
                int alpha = (argb >>> 24) & 0xFF;
                r += over(argb >> 16, alpha);
                g += over(argb >> 8, alpha);
                b += over(argb, alpha);
            }
        }
        long n = (long) (x1 - x0) * (y1 - y0);
        return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    }

    /** One channel blended over white by its alpha. */
    private static int over(int channel, int alpha) {
        return ((channel & 0xFF) * alpha + 255 * (255 - alpha)) / 255;
    }
}
