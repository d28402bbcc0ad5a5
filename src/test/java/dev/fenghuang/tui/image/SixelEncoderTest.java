package dev.fenghuang.tui.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.Picture;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sixel encoder, checked by decoding its output with a small sixel reader. */
class SixelEncoderTest {
    private static final Pattern SIXEL = Pattern.compile("\u001BP0;1;0q\"1;1;(\\d+);(\\d+)(.*)\u001B\\\\",
            Pattern.DOTALL);

    /** Decodes a sixel image made by the encoder into 0xRRGGBB pixels (-1 where nothing was drawn). */
    static int[][] decode(String sixel) {
        Matcher m = SIXEL.matcher(sixel);
        assertThat(m.matches()).as("sixel frame").isTrue();
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        int[][] px = new int[h][w];
        for (int[] row : px) {
            java.util.Arrays.fill(row, -1);
        }
        Map<Integer, Integer> palette = new HashMap<>();
        String body = m.group(3);
        int x = 0;
        int top = 0;
        int colour = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '#') {
                int j = i + 1;
                while (j < body.length() && (Character.isDigit(body.charAt(j)) || body.charAt(j) == ';')) {
                    j++;
                }
                String[] f = body.substring(i + 1, j).split(";");
                colour = Integer.parseInt(f[0]);
                if (f.length == 5) {
                    assertThat(f[1]).isEqualTo("2");
                    palette.put(colour, (pct(f[2]) << 16) | (pct(f[3]) << 8) | pct(f[4]));
                }
                i = j;
            } else if (c == '$') {
                x = 0;
                i++;
            } else if (c == '-') {
                x = 0;
                top += 6;
                i++;
            } else {
                int n = 1;
                if (c == '!') {
                    int j = i + 1;
                    while (Character.isDigit(body.charAt(j))) {
                        j++;
                    }
                    n = Integer.parseInt(body.substring(i + 1, j));
                    c = body.charAt(j);
                    i = j;
                }
                assertThat(c).isBetween('?', '~');
                for (int k = 0; k < n; k++, x++) {
                    for (int bit = 0; bit < 6; bit++) {
                        if (((c - '?') >> bit & 1) == 1) {
                            assertThat(top + bit).as("a pixel below the image").isLessThan(h);
                            px[top + bit][x] = palette.get(colour);
                        }
                    }
                }
                i++;
            }
        }
        return px;
    }

    private static int pct(String percent) {
        return (Integer.parseInt(percent) * 255 + 50) / 100;
    }

    @Test
    void drawsEveryPixelOfA2x2PictureInItsNearestCubeColour() {
        Picture p = new Picture(2, 2, new int[] {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF});

        int[][] px = decode(SixelEncoder.encode(p, 2, 2));

        assertThat(px[0]).containsExactly(0xFF0000, 0x00FF00);
        assertThat(px[1]).containsExactly(0x0000FF, 0xFFFFFF);
    }

    @Test
    void scalesToTheBoxAcrossBandsAndQuantizesToTheCube() {
        int[] rgb = new int[6 * 6];
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                rgb[y * 6 + x] = (x * 51) << 16 | (y * 51) << 8 | 0x80;
            }
        }
        Picture p = new Picture(6, 6, rgb);

        int[][] px = decode(SixelEncoder.encode(p, 12, 15));

        assertThat(px).hasNumberOfRows(15);
        for (int y = 0; y < 15; y++) {
            for (int x = 0; x < 12; x++) {
                int source = p.rgb(x / 2, y * 6 / 15);
                int c = SixelEncoder.cube(source);
                int expected = (pct(String.valueOf((c / 36 * 100 + 2) / 5)) << 16)
                        | (pct(String.valueOf((c / 6 % 6 * 100 + 2) / 5)) << 8) | pct(String.valueOf((c % 6 * 100 + 2) / 5));
                assertThat(px[y][x]).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void writesALongRunOfOneColourAsACount() {
        String s = SixelEncoder.encode(new Picture(1, 1, new int[] {0x000000}), 200, 6);

        assertThat(s).contains("#0!200~").doesNotContain("~~~~");
        assertThat(decode(s)[5][199]).isZero();
    }
}
