package dev.fenghuang.tui.image;

import dev.fenghuang.model.Picture;
import java.util.BitSet;

/**
 * Encodes a picture as a sixel image: scaled to a box of pixels, its colours mapped to the 6×6×6 cube (216 colours,
 * only those used defined), six pixel rows a band, each colour's run of a band written with run-length counts.
 */
public final class SixelEncoder {
    private SixelEncoder() {
    }

    /** The sixel sequence (DCS to ST) showing {@code p} stretched to {@code width} × {@code height} pixels. */
    public static String encode(Picture p, int width, int height) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        int[] index = new int[w * h];
        BitSet used = new BitSet(216);
        for (int y = 0; y < h; y++) {
            int sy = Math.min(p.height() - 1, (int) ((long) y * p.height() / h));
            for (int x = 0; x < w; x++) {
                int sx = Math.min(p.width() - 1, (int) ((long) x * p.width() / w));
                int c = cube(p.rgb(sx, sy));
                index[y * w + x] = c;
                used.set(c);
            }
        }
        StringBuilder out = new StringBuilder("\u001BP0;1;0q\"1;1;").append(w).append(';').append(h);
        for (int c = used.nextSetBit(0); c >= 0; c = used.nextSetBit(c + 1)) {
            out.append('#').append(c).append(";2;").append(percent(c / 36)).append(';').append(percent(c / 6 % 6))
                    .append(';').append(percent(c % 6));
        }
        for (int top = 0; top < h; top += 6) {
            band(out, index, w, h, top);
            out.append(top + 6 < h ? "-" : "");
        }
        return out.append("\u001B\\").toString();
    }

    /** The cube index of a colour: each channel to the nearest of six levels. */
    static int cube(int rgb) {
        return level(rgb >> 16) * 36 + level(rgb >> 8) * 6 + level(rgb);
    }

    private static int level(int channel) {
        return ((channel & 0xFF) * 5 + 127) / 255;
    }

    private static int percent(int level) {
        return (level * 100 + 2) / 5;
    }

    private static void band(StringBuilder out, int[] index, int w, int h, int top) {
        BitSet inBand = new BitSet(216);
        for (int y = top; y < Math.min(h, top + 6); y++) {
            for (int x = 0; x < w; x++) {
                inBand.set(index[y * w + x]);
            }
        }
        boolean first = true;
        for (int c = inBand.nextSetBit(0); c >= 0; c = inBand.nextSetBit(c + 1)) {
            out.append(first ? "" : "$").append('#').append(c);
            first = false;
            char run = 0;
            int count = 0;
            for (int x = 0; x < w; x++) {
                int bits = 0;
                for (int k = 0; k < 6 && top + k < h; k++) {
                    bits |= index[(top + k) * w + x] == c ? 1 << k : 0;
                }
                char sixel = (char) ('?' + bits);
                if (sixel != run && count > 0) {
                    repeat(out, run, count);
                    count = 0;
                }
                run = sixel;
                count++;
            }
            trailing(out, run, count);
        }
    }

    /** The last run of a colour, left out when it sets no pixel. */
    private static void trailing(StringBuilder out, char run, int count) {
        if (run != '?') {
            repeat(out, run, count);
        }
    }

    private static void repeat(StringBuilder out, char sixel, int count) {
        if (count > 3) {
            out.append('!').append(count).append(sixel);
        } else {
            out.append(String.valueOf(sixel).repeat(count));
        }
    }
}
