package dev.fenghuang.demo.write;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a captcha code as the default X3.5 image type looks: a 100×30 PNG with four characters. The glyphs
 * are a hand-made 5×7 bitmap font scaled by three, so no system font (and no display) is needed.
 */
final class CaptchaImage {
    static final int WIDTH = 100;
    static final int HEIGHT = 30;
    private static final int SCALE = 3;
    private static final Map<Character, String> GLYPHS = Map.ofEntries(
            Map.entry('B', "11110100011000111110100011000111110"), Map.entry('C', "01110100011000010000100001000101110"),
            Map.entry('E', "11111100001000011110100001000011111"), Map.entry('F', "11111100001000011110100001000010000"),
            Map.entry('G', "01110100011000010111100011000101111"), Map.entry('H', "10001100011000111111100011000110001"),
            Map.entry('J', "00111000100001000010000101001001100"), Map.entry('K', "10001100101010011000101001001010001"),
            Map.entry('M', "10001110111010110101100011000110001"), Map.entry('P', "11110100011000111110100001000010000"),
            Map.entry('Q', "01110100011000110001101011001001101"), Map.entry('R', "11110100011000111110101001001010001"),
            Map.entry('T', "11111001000010000100001000010000100"), Map.entry('V', "10001100011000110001100010101000100"),
            Map.entry('W', "10001100011000110101101011010101010"), Map.entry('X', "10001100010101000100010101000110001"),
            Map.entry('Y', "10001100010101000100001000010000100"), Map.entry('2', "01110100010000100010001000100011111"),
            Map.entry('3', "11111000100010000010000011000101110"), Map.entry('4', "00010001100101010010111110001000010"),
            Map.entry('6', "00110010001000011110100011000101110"), Map.entry('7', "11111000010001000100010000100001000"),
            Map.entry('8', "01110100011000101110100011000101110"), Map.entry('9', "01110100011000101111000010001001100"));

    private CaptchaImage() {
    }

    static byte[] png(String code, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                image.setRGB(x, y, 0xE8F0FF - random.nextInt(0x101010));
            }
        }
        for (int i = 0; i < code.length(); i++) {
            draw(image, GLYPHS.get(code.charAt(i)), 8 + i * 23 + random.nextInt(4), 3 + random.nextInt(5),
                    0x202060 + random.nextInt(0x404040));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(BufferedImage image, String glyph, int left, int top, int colour) {
        for (int row = 0; row < 7; row++) {
            for (int col = 0; col < 5; col++) {
                if (glyph.charAt(row * 5 + col) == '1') {
                    for (int dy = 0; dy < SCALE; dy++) {
                        for (int dx = 0; dx < SCALE; dx++) {
                            image.setRGB(left + col * SCALE + dx, top + row * SCALE + dy, colour);
                        }
                    }
                }
            }
        }
    }
}
