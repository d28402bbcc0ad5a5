package dev.fenghuang.tui.image;

import dev.fenghuang.model.Picture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures as images with the kitty graphics protocol: each picture is sent once a session as PNG (encoded here from
 * the decoded, capped picture, never the site's bytes) under an id, then placed over its half blocks; placements are
 * deleted and made again only when the pictures moved or every cell was rewritten, so a scroll costs a few dozen
 * bytes a picture. The terminal keeps the data of the {@value #KEPT} pictures placed last; older ones are deleted.
 */
public final class KittyGraphics implements PictureWriter {
    /** Base64 characters in one chunk of a transmission, as the protocol asks. */
    static final int CHUNK = 4096;
    private static final int FIRST_ID = 100;
    /** Pictures whose data the terminal keeps; the least recently placed beyond are deleted with their data. */
    static final int KEPT = 16;

    private final Map<Picture, Integer> sent = new LinkedHashMap<>(16, 0.75f, true);
    private int nextId = FIRST_ID;
    private List<Placement> placed = List.of();

    @Override
    public byte[] afterFrame(List<Placement> shown, boolean complete) {
        if (shown.equals(placed) && !complete) {
            return new byte[0];
        }
        StringBuilder out = new StringBuilder();
        if (!placed.isEmpty() || complete) {
            out.append(deleteCommand());
        }
        for (Placement p : shown) {
            Integer id = sent.get(p.picture());
            if (id == null) {
                id = nextId++;
                sent.put(p.picture(), id);
                out.append(transmitCommand(id, png(p.picture())));
            }
            out.append(placeCommand(id, p));
        }
        for (var it = sent.entrySet().iterator(); sent.size() > Math.max(KEPT, shown.size()); ) {
            out.append("\u001B_Ga=d,d=I,i=").append(it.next().getValue()).append(",q=2\u001B\\");
            it.remove();
        }
        placed = List.copyOf(shown);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean stale(List<Placement> shown) {
        return false;
    }

    @Override
    public byte[] clear() {
        sent.clear();
        placed = List.of();
        return "\u001B_Ga=d,d=A,q=2\u001B\\".getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code png} as image {@code id}, base64 in chunks of {@link #CHUNK} (m=1 for more, m=0 for the last). */
    static String transmitCommand(int id, byte[] png) {
        String data = Base64.getEncoder().encodeToString(png);
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < data.length() || at == 0; at += CHUNK) {
            int end = Math.min(data.length(), at + CHUNK);
            int more = end < data.length() ? 1 : 0;
            out.append("\u001B_G");
            if (at == 0) {
                out.append("a=t,f=100,i=").append(id).append(",q=2,");
            }
            out.append("m=").append(more).append(';').append(data, at, end).append("\u001B\\");
        }
        return out.toString();
    }

    /** Places image {@code id} over the placement's cells: the cursor saved, moved there, left there, restored. */
    static String placeCommand(int id, Placement p) {
        return "\u001B7\u001B[" + (p.row() + 1) + ';' + (p.column() + 1) + "H\u001B_Ga=p,i=" + id + ",c=" + p.columns()
                + ",r=" + p.rows() + ",C=1,q=2\u001B\\\u001B8";
    }

    /** Deletes every placement on screen, keeping the images' data. */
    static String deleteCommand() {
        return "\u001B_Ga=d,d=a,q=2\u001B\\";
    }

    /** The picture as PNG. */
    static byte[] png(Picture p) {
        BufferedImage image = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                image.setRGB(x, y, p.rgb(x, y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // in memory: given the OutputStream, ImageIO.write buffers through a cache file in the temporary folder
        try (ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
