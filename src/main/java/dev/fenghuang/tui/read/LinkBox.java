package dev.fenghuang.tui.read;

import dev.fenghuang.tui.Box;
import dev.fenghuang.tui.Layer;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.fenghuang.app.Problem;
import dev.fenghuang.model.SafeText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The link shown in a box when no browser can open it (over SSH, with no display, or when the opener failed): why,
 * the whole link, and y to copy it to the clipboard with OSC 52. The link's rows are also written as an OSC 8
 * hyperlink ({@link #hyperlink}), which terminals that support it make clickable; others show the plain text that is
 * already there. Only an http(s) link becomes a hyperlink, and only its sanitized form is ever written.
 */
public final class LinkBox implements Layer {
    private final UiLoop ui;
    private final Clipboard clipboard;
    private final String reason;
    private final String url;
    private final boolean web;
    /** Where the link's rows were drawn last, in body coordinates: row, column and text of each. */
    private final List<Segment> segments = new ArrayList<>();
    private List<Segment> sent = List.of();

    private record Segment(int row, int column, String text) {
    }

    public LinkBox(UiLoop ui, Clipboard clipboard, String reason, String url) {
        this.ui = ui;
        this.clipboard = clipboard;
        this.reason = TerminalText.clean(reason);
        this.url = SafeText.url(url);
        this.web = BrowserOpener.isWebLink(this.url);
    }

    @Override
    public boolean take(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown()
                && (k.getCharacter() == 'y' || k.getCharacter() == 'Y')) {
            try {
                clipboard.copy(url);
                ui.message(ui.texts().get("tui.copied", url));
            } catch (Exception e) {
                ui.error(Problem.of(e, ui.texts()).message());
            }
        }
        return false;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        int inner = Math.max(2, Math.min(Box.MAX_WIDTH, width) - 4);
        List<StyledLine> rows = new ArrayList<>();
        for (String line : ui.breaker().wrap(reason, inner, 0)) {
            rows.add(StyledLine.of(" " + line, Style.HEADING));
        }
        rows.add(StyledLine.EMPTY);
        int firstLink = rows.size();
        List<String> linkRows = ui.breaker().wrap(url, inner, 0);
        for (String line : linkRows) {
            rows.add(StyledLine.of(" " + line, Style.NORMAL));
        }
        rows.add(StyledLine.EMPTY);
        for (String line : ui.breaker().wrap(ui.texts().get("tui.link.keys"), inner, 0)) {
            rows.add(StyledLine.of(" " + line, Style.META));
        }
        Box.draw(g, ui.painter(), rows, width, height, firstLink);
        segments.clear();
        for (int i = 0; i < linkRows.size(); i++) {
            var at = Box.cursor(width, height, rows.size(), firstLink + i, 1);
            if (at.getColumn() + ui.breaker().widths().of(linkRows.get(i)) <= width) {
                segments.add(new Segment(at.getRow(), at.getColumn(), linkRows.get(i)));
            }
        }
    }

    @Override
    public String status() {
        return ui.texts().get("tui.link.keys");
    }

    /**
     * The bytes that make the link's rows, as last drawn, an OSC 8 hyperlink: for each row, the cursor saved, moved
     * there, the attributes reset, the row's text inside the hyperlink, and the cursor restored. Empty for a link that
     * is not http(s). {@code bodyTop} is the screen row where the body starts.
     */
    byte[] hyperlink(int bodyTop) {
        if (!web || segments.isEmpty()) {
            return new byte[0];
        }
        String target = ascii(url);
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append("\u001B7\u001B[").append(bodyTop + s.row() + 1).append(';').append(s.column() + 1)
                    .append("H\u001B[0m\u001B]8;;").append(target).append("\u001B\\").append(s.text())
                    .append("\u001B]8;;\u001B\\\u001B8");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The hyperlink's bytes when they must be written: the first time, after the rows moved, and after a frame that
     * rewrote every cell (which drops the hyperlink); otherwise none.
     */
    public byte[] hyperlinkIfStale(int bodyTop, boolean complete) {
        if (!complete && sent.equals(segments)) {
            return new byte[0];
        }
        sent = List.copyOf(segments);
        return hyperlink(bodyTop);
    }

    /** OSC 8 takes printable ASCII only: anything else is percent-encoded as UTF-8. */
    private static String ascii(String link) {
        StringBuilder out = new StringBuilder();
        for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
            if (b > 32 && b < 127) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
