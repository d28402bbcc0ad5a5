package dev.fenghuang.tui.image;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pictures as sixel images written over their half blocks after a frame: only when the pictures moved or every cell
 * was rewritten. Sixel pixels stay until their cells are written again, so when a picture drawn before moves or goes,
 * the frame is sent whole ({@link #stale}) to wipe them.
 */
public final class SixelGraphics implements PictureWriter {
    private static final int KEPT = 8;

    private final int cellWidth;
    private final int cellHeight;
    private final Map<List<Object>, String> encoded = new LinkedHashMap<>();
    private List<Placement> drawn = List.of();

    public SixelGraphics(int cellWidth, int cellHeight) {
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
    }

    @Override
    public byte[] afterFrame(List<Placement> shown, boolean complete) {
        if (shown.equals(drawn) && !complete) {
            return new byte[0];
        }
        StringBuilder out = new StringBuilder();
        for (Placement p : shown) {
            out.append("\u001B7\u001B[").append(p.row() + 1).append(';').append(p.column() + 1).append('H')
                    .append(sixel(p)).append("\u001B8");
        }
        drawn = List.copyOf(shown);
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean stale(List<Placement> shown) {
        return !drawn.isEmpty() && !shown.equals(drawn);
    }

    @Override
    public byte[] clear() {
        drawn = List.of();
        return new byte[0];
    }

    private String sixel(Placement p) {
        List<Object> key = List.of(p.picture(), p.columns(), p.rows());
        String s = encoded.get(key);
        if (s == null) {
            s = SixelEncoder.encode(p.picture(), p.columns() * cellWidth, p.rows() * cellHeight);
            if (encoded.size() >= KEPT) {
                encoded.remove(encoded.keySet().iterator().next());
            }
            encoded.put(key, s);
        }
        return s;
    }
}
