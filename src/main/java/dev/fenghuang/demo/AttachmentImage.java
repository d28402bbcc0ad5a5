package dev.fenghuang.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The tiny JPEG served for every portal attachment path under {@code data/attachment/}. */
final class AttachmentImage {
    private static final byte[] JPEG = draw();

    private AttachmentImage() {
    }

    static PageResponse response() {
        return PageResponse.bytes(200, "image/jpeg", JPEG.clone());
    }

    private static byte[] draw() {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 6; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? new Color(200, 40, 40).getRGB() : Color.WHITE.getRGB());
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
}
