package dev.fenghuang.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.app.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The key map in a box over the current view, built from the key map in force. */
final class HelpOverlay {
    private final List<StyledLine> lines;
    private final int width;

    HelpOverlay(KeyMap keys, Texts texts, ColumnWidth widths) {
        this(keys, texts, widths, a -> true);
    }

    /** The keys of the actions {@code offered} lets through (the moderation keys only to a moderator). */
    HelpOverlay(KeyMap keys, Texts texts, ColumnWidth widths, Predicate<KeyAction> offered) {
        List<StyledLine> out = new ArrayList<>();
        out.add(StyledLine.of(texts.get("tui.help.title"), Style.HEADING));
        int keyColumn = 0;
        for (KeyAction a : KeyAction.values()) {
            keyColumn = Math.max(keyColumn, widths.of(String.join(", ", keys.keys(a))));
        }
        keyColumn = Math.min(keyColumn, 34);
        for (KeyAction a : KeyAction.values()) {
            if (!offered.test(a)) {
                continue;
            }
            String k = String.join(", ", keys.keys(a));
            String padded = k + " ".repeat(Math.max(1, keyColumn + 2 - widths.of(k)));
            out.add(StyledLine.of(new StyledLine.Span(padded, Style.HEADING),
                    new StyledLine.Span(texts.get("tui.help." + a.setting()), Style.NORMAL)));
        }
        String react = texts.get("tui.help.react");
        out.add(StyledLine.of(new StyledLine.Span(react + " ".repeat(Math.max(1, keyColumn + 2 - widths.of(react))),
                Style.HEADING), new StyledLine.Span(texts.get("tui.help.reactText"), Style.NORMAL)));
        this.lines = out;
        this.width = out.stream().mapToInt(l -> widths.of(l.text())).max().orElse(10) + 4;
    }

    /** Draws the box centred in a body of the given size, cut to fit a small window. */
    void draw(TextGraphics g, RowPainter painter, int bodyWidth, int bodyHeight) {
        int w = Math.min(width, bodyWidth);
        int h = Math.min(lines.size() + 2, bodyHeight);
        int left = (bodyWidth - w) / 2;
        int top = (bodyHeight - h) / 2;
        for (int r = 0; r < h; r++) {
            int i = r - 1;
            StyledLine line = i >= 0 && i < lines.size() ? lines.get(i) : StyledLine.EMPTY;
            painter.paint(g, left, top + r, Math.min(2, w), StyledLine.EMPTY, Style.SELECTED);
            painter.paint(g, left + Math.min(2, w), top + r, Math.max(0, w - 2), line, Style.NORMAL);
        }
    }
}
