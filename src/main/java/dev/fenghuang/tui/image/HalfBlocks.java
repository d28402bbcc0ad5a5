package dev.fenghuang.tui.image;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.fenghuang.model.Picture;
import java.util.ArrayList;
import java.util.List;

/**
 * A picture as rows of terminal cells, two pixels a cell: ▀ in the upper pixel's colour over the lower one's.
 * In monochrome, dark pixels are ink (a threshold between the picture's own darkest and lightest grey) drawn with
 * ▀ ▄ █ and space in the terminal's own colours. A cell is about twice as high as wide, so a pixel stays square.
 */
public final class HalfBlocks {
    private HalfBlocks() {
    }

    /**
     * The picture scaled to fit {@code maxColumns} and {@code maxRows} (aspect kept, never enlarged); each row is
     * one list of cells, all one column wide.
     */
    public static List<List<TextCharacter>> rows(Picture p, int maxColumns, int maxRows, ImageStyle style) {
        double scale = Math.max(Math.max(1.0, (double) p.width() / Math.max(1, maxColumns)),
                (double) p.height() / (2.0 * Math.max(1, maxRows)));
        int columns = Math.max(1, (int) Math.floor(p.width() / scale));
        int pixelRows = Math.max(2, (int) Math.floor(p.height() / scale));
        int[][] px = new int[pixelRows][columns];
        for (int y = 0; y < pixelRows; y++) {
            for (int x = 0; x < columns; x++) {
                px[y][x] = p.rgb(Math.min(p.width() - 1, (int) (x * scale)), Math.min(p.height() - 1,
                        (int) (y * scale)));
            }
        }
        int threshold = style == ImageStyle.MONOCHROME ? threshold(px) : 0;
        List<List<TextCharacter>> rows = new ArrayList<>();
        for (int y = 0; y < pixelRows; y += 2) {
            List<TextCharacter> row = new ArrayList<>(columns);
            for (int x = 0; x < columns; x++) {
                int top = px[y][x];
                int bottom = y + 1 < pixelRows ? px[y + 1][x] : top;
                row.add(style == ImageStyle.MONOCHROME ? ink(top, bottom, threshold) : cell(top, bottom, style));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    private static TextCharacter cell(int top, int bottom, ImageStyle style) {
        return TextCharacter.fromCharacter('▀', colour(top, style), colour(bottom, style))[0];
    }

    private static TextColor colour(int rgb, ImageStyle style) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return style == ImageStyle.TRUE_COLOUR ? new TextColor.RGB(r, g, b) : TextColor.Indexed.fromRGB(r, g, b);
    }

    private static TextCharacter ink(int top, int bottom, int threshold) {
        boolean t = grey(top) < threshold;
        boolean b = grey(bottom) < threshold;
        char c = t ? (b ? '█' : '▀') : (b ? '▄' : ' ');
        return TextCharacter.fromCharacter(c)[0];
    }

    private static int threshold(int[][] px) {
        int darkest = 255;
        int lightest = 0;
        for (int[] row : px) {
            for (int rgb : row) {
                darkest = Math.min(darkest, grey(rgb));
                lightest = Math.max(lightest, grey(rgb));
            }
        }
        return (darkest + lightest + 1) / 2;
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) * 30 + ((rgb >> 8) & 0xFF) * 59 + (rgb & 0xFF) * 11) / 100;
    }
}
