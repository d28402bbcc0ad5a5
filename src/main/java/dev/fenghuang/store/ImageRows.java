package dev.fenghuang.store;

import dev.fenghuang.model.Picture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The {@code images} table: each article picture the reader decoded, as PNG under its URL (the same for every
 * viewer), so that reading offline shows it; it counts toward the cap and goes with the pages read as long ago.
 */
final class ImageRows {
    /** One kept picture and when it was fetched. */
    record Row(Picture picture, long fetchedAtMillis) {
    }

    private final Connection c;

    ImageRows(Connection c) {
        this.c = c;
    }

    /**
     * The picture under the URL, its read time set to {@code nowMillis} (to within {@link Eviction#restamp}); empty
     * when none or it does not decode.
     */
    Optional<Row> read(String url, long nowMillis) throws SQLException {
        byte[] png;
        long fetchedAt;
        long readAt;
        try (PreparedStatement s = c.prepareStatement("SELECT png, fetched_at, read_at FROM images WHERE url = ?")) {
            s.setString(1, url);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                png = r.getBytes(1);
                fetchedAt = r.getLong(2);
                readAt = r.getLong(3);
            }
        }
        Optional<Picture> picture = decode(png);
        if (picture.isEmpty()) {
            delete(url);
            return Optional.empty();
        }
        if (!Eviction.restamp(readAt, nowMillis)) {
            return Optional.of(new Row(picture.get(), fetchedAt));
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE images SET read_at = ? WHERE url = ?")) {
            s.setLong(1, nowMillis);
            s.setString(2, url);
            s.executeUpdate();
        } catch (SQLException busy) {
            // the read time stays as it was while another program writes; the picture is read all the same
        }
        return Optional.of(new Row(picture.get(), fetchedAt));
    }

    /** Keeps the picture under the URL, replacing what was there; it counts as read when it was fetched. */
    void write(String url, Picture picture, long fetchedAtMillis) throws SQLException {
        byte[] png = encode(picture);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO images (url, png, bytes, fetched_at, read_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET png = excluded.png, bytes = excluded.bytes,
                    fetched_at = excluded.fetched_at, read_at = excluded.read_at""")) {
            s.setString(1, url);
            s.setBytes(2, png);
            s.setLong(3, png.length);
            s.setLong(4, fetchedAtMillis);
            s.setLong(5, fetchedAtMillis);
            s.executeUpdate();
        }
    }

    void delete(String url) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM images WHERE url = ?")) {
            s.setString(1, url);
            s.executeUpdate();
        }
    }

    static byte[] encode(Picture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                image.setRGB(x, y, picture.rgb(x, y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // an ImageIO stream of our own, in memory: given the OutputStream, ImageIO.write buffers through a cache file
        // in the temporary folder, named by a SecureRandom whose security providers then stay loaded
        try (ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", png);
        } catch (IOException inMemory) {
            throw new IllegalStateException("a PNG cannot be written in memory", inMemory);
        }
        return out.toByteArray();
    }

    /** The picture a kept PNG holds; empty when it does not read as one (damaged, written by another program). */
    static Optional<Picture> decode(byte[] png) {
        try {
            BufferedImage image = png == null ? null : ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(png)));
            if (image == null || image.getWidth() > 4096 || image.getHeight() > 4096) {
                return Optional.empty();
            }
            int w = image.getWidth();
            int h = image.getHeight();
            int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] &= 0xFFFFFF;
            }
            return Optional.of(new Picture(w, h, rgb));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
