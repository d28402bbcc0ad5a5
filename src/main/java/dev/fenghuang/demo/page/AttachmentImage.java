package dev.fenghuang.demo.page;

import dev.fenghuang.demo.Fault;
import dev.fenghuang.demo.http.PageResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * The pictures served for portal attachment paths under {@code data/attachment/}: a small JPEG drawn from the path
 * (a sky, a sun and hills, in colours of its own), the same bytes for the same path on every run; and the hostile
 * image {@link Fault#HOSTILE_IMAGE} serves instead.
 */
public final class AttachmentImage {
    static final int WIDTH = 120;
    static final int HEIGHT = 72;

    private AttachmentImage() {
    }

    public static PageResponse response(String path) {
        return PageResponse.bytes(200, "image/jpeg", draw(path));
    }

    /** A PNG header declaring 100000x100000 pixels, then 4 KB of garbage: never decodable, never to be tried. */
    public static PageResponse hostile() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 6)
                .put(new byte[3]);
        CRC32 crc = new CRC32();
        crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
        crc.update(ihdr.array());
        byte[] garbage = new byte[4096];
        new Random(9).nextBytes(garbage);
        byte[] png = ByteBuffer.allocate(8 + 25 + garbage.length)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(ihdr.array()).putInt((int) crc.getValue())
                .put(garbage).array();
        return PageResponse.bytes(200, "image/png", png);
    }

    static byte[] draw(String path) {
        Random random = new Random(path.hashCode());
        int sky = hue(random, 150, 230);
        int hill = hue(random, 40, 140);
        int sun = 0xF0C020;
        int sunX = 20 + random.nextInt(WIDTH - 40);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double ground = HEIGHT * 0.62 + 8 * Math.sin((x + sunX) / 14.0);
                int dx = x - sunX;
                int dy = y - HEIGHT / 4;
                int rgb = y > ground ? shade(hill, (y - ground) / HEIGHT)
                        : dx * dx + dy * dy < 100 ? sun : shade(sky, -y / (double) HEIGHT / 2);
                image.setRGB(x, y, rgb);
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int hue(Random random, int from, int to) {
        int r = 20 + random.nextInt(60);
        int g = from / 2 + random.nextInt(to / 2);
        int b = from + random.nextInt(to - from);
        return r << 16 | Math.min(255, g) << 8 | Math.min(255, b);
    }

    /** The colour darker by {@code by} (0..1), or lighter when negative. */
    private static int shade(int rgb, double by) {
        int r = channel(rgb >> 16, by);
        int g = channel(rgb >> 8, by);
        int b = channel(rgb, by);
        return r << 16 | g << 8 | b;
    }

    private static int channel(int c, double by) {
        int v = c & 0xFF;
        return (int) Math.max(0, Math.min(255, by >= 0 ? v * (1 - by) : v + (255 - v) * -by));
    }
}
