package dev.fenghuang.app.image;

import dev.fenghuang.model.Picture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a small image (a captcha) as text: each character cell shows two pixels, one above the other, with the
 * Unicode half blocks ▀ ▄ █ and space. Dark pixels are ink, found by a threshold between the image's own darkest
 * and lightest grey, so the letters stand out whatever the colours. Needs no colour support from the terminal. The
 * image is decoded by {@link ImageDecoder}, within its caps.
 */
public final class HalfBlockImage {
    /** A captcha comes from the network like any image: the same caps on bytes, pixels and time. */
    private static final ImageDecoder DECODER = new ImageDecoder(ImageLimits.defaults(), System::nanoTime);

    private HalfBlockImage() {
    }

    /**
     * Renders the image scaled to at most {@code maxColumns} columns (aspect kept; a cell is two pixels high).
     *
     * @throws IOException when the bytes are not an image Java can read
     */
    public static List<String> render(byte[] image, int maxColumns) throws IOException {
        Picture img;
        try {
            img = DECODER.decode(image);
        } catch (UnreadableImage e) {
            throw new IOException("not a readable image (" + image.length + " bytes): " + e.getMessage(), e);
        }
        int columns = Math.max(1, Math.min(maxColumns, img.width()));
        double scale = (double) img.width() / columns;
        int rows = Math.max(1, (int) Math.round(img.height() / scale));
        int[][] grey = new int[rows][columns];
        int darkest = 255;
        int lightest = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                int rgb = img.rgb(Math.min(img.width() - 1, (int) (x * scale)),
                        Math.min(img.height() - 1, (int) (y * scale)));
                int g = (((rgb >> 16) & 0xFF) * 30 + ((rgb >> 8) & 0xFF) * 59 + (rgb & 0xFF) * 11) / 100;
                grey[y][x] = g;
                darkest = Math.min(darkest, g);
                lightest = Math.max(lightest, g);
            }
        }
        int threshold = (darkest + lightest) / 2;
        List<String> lines = new ArrayList<>();
        for (int y = 0; y < rows; y += 2) {
            StringBuilder line = new StringBuilder(columns);
            for (int x = 0; x < columns; x++) {
                boolean top = grey[y][x] < threshold;
                boolean bottom = y + 1 < rows && grey[y + 1][x] < threshold;
                line.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
