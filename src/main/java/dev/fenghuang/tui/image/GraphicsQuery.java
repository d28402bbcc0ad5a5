package dev.fenghuang.tui.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Asks the terminal what it can draw: the kitty graphics query (a 1×1 image that is only checked), the cell size in
 * pixels ({@code CSI 16 t}) and the primary device attributes ({@code CSI c}), which every terminal answers, last. A
 * kitty terminal answers {@code ESC _Gi=31;OK ESC \} before the attributes; sixel is attribute 4. Whatever else
 * arrives meanwhile (keys typed) is kept for the key reader.
 */
public final class GraphicsQuery {
    /** The bytes that ask. */
    public static final byte[] QUERY = ("\u001B_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u001B\\" + "\u001B[16t" + "\u001B[c")
            .getBytes(StandardCharsets.US_ASCII);
    /** How long to wait for the attributes before taking half blocks. */
    public static final Duration WAIT = Duration.ofMillis(150);

    private GraphicsQuery() {
    }

    /**
     * What came back.
     *
     * @param complete whether the device attributes came (without them nothing is known: half blocks)
     * @param kitty whether the kitty graphics query was answered OK
     * @param sixel whether the attributes include 4 (sixel)
     * @param cellWidth a cell's width in pixels, 0 when not said
     * @param cellHeight a cell's height in pixels, 0 when not said
     * @param rest the bytes that were not answers, in order
     */
    public record Answer(boolean complete, boolean kitty, boolean sixel, int cellWidth, int cellHeight, byte[] rest) {
        /** What to draw with: kitty before sixel, half blocks when neither or when the attributes never came. */
        public TerminalGraphics graphics() {
            GraphicsProtocol p = !complete ? GraphicsProtocol.BLOCKS : kitty ? GraphicsProtocol.KITTY
                    : sixel ? GraphicsProtocol.SIXEL : GraphicsProtocol.BLOCKS;
            return new TerminalGraphics(p, cellWidth, cellHeight);
        }
    }

    /**
     * Sends the query and reads answers from {@code in} (polling what is available, never blocking past the wait)
     * until the device attributes come or {@code wait} has passed on {@code nanos}; {@code pause} runs between polls.
     */
    public static Answer ask(OutputStream out, InputStream in, Duration wait, LongSupplier nanos, Runnable pause)
            throws IOException {
        out.write(QUERY);
        out.flush();
        long deadline = nanos.getAsLong() + wait.toNanos();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        while (true) {
            int ready = in.available();
            if (ready > 0) {
                int n = in.read(buffer, 0, Math.min(buffer.length, ready));
                if (n > 0) {
                    got.write(buffer, 0, n);
                }
            }
            Answer a = parse(got.toByteArray());
            if (a.complete() || nanos.getAsLong() - deadline >= 0) {
                return a;
            }
            if (ready <= 0) {
                pause.run();
            }
        }
    }

    /** Reads answers out of {@code bytes}; an unfinished sequence at the end counts as not an answer. */
    public static Answer parse(byte[] bytes) {
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        boolean complete = false;
        boolean kitty = false;
        boolean sixel = false;
        int cellWidth = 0;
        int cellHeight = 0;
        int i = 0;
        while (i < bytes.length) {
            int end = bytes[i] == 0x1B && i + 1 < bytes.length ? sequenceEnd(bytes, i) : -1;
            String seq = end < 0 ? "" : new String(bytes, i, end - i, StandardCharsets.ISO_8859_1);
            if (!complete && seq.startsWith("\u001B_G")) {
                kitty |= seq.contains("i=31;OK");
            } else if (!complete && seq.matches("\u001B\\[\\?[0-9;]*c")) {
                complete = true;
                sixel = Arrays.asList(seq.substring(3, seq.length() - 1).split(";")).contains("4");
            } else if (!complete && seq.matches("\u001B\\[6;[0-9]{1,4};[0-9]{1,4}t")) {
                String[] hw = seq.substring(4, seq.length() - 1).split(";");
                cellHeight = Integer.parseInt(hw[0]);
                cellWidth = Integer.parseInt(hw[1]);
            } else {
                int to = end < 0 ? i + 1 : end;
                rest.write(bytes, i, to - i);
                i = to;
                continue;
            }
            i = end;
        }
        return new Answer(complete, kitty, sixel, cellWidth, cellHeight, rest.toByteArray());
    }

    /** Where the APC or CSI sequence starting at {@code at} ends (exclusive), or -1 when it is not one or unfinished. */
    private static int sequenceEnd(byte[] b, int at) {
        if (b[at + 1] == '_') {
            for (int k = at + 2; k + 1 < b.length; k++) {
                if (b[k] == 0x1B && b[k + 1] == '\\') {
                    return k + 2;
                }
            }
            return -1;
        }
        if (b[at + 1] == '[') {
            for (int k = at + 2; k < b.length; k++) {
                if (b[k] >= 0x40 && b[k] <= 0x7E) {
                    return k + 1;
                }
                if (b[k] < 0x20 || b[k] > 0x3F) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
