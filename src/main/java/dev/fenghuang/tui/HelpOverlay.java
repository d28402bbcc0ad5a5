package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.app.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The key map in a box over the current view, built from the key map in force. When the window is too small for
 * all of it (80×24 shows about twenty keys), the movement keys scroll it and any other key closes it.
 */
final class HelpOverlay {
    private final List<StyledLine> lines;
    private final int width;
    private int top;
    private int visible = Integer.MAX_VALUE;

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
        String marks = dev.fenghuang.tui.forum.ForumParts.markerLegend(texts);
        out.add(StyledLine.of(new StyledLine.Span(marks + " ".repeat(Math.max(1, keyColumn + 2 - widths.of(marks))),
                Style.HEADING), new StyledLine.Span(texts.get("tui.help.forumMarks"), Style.NORMAL)));
        this.lines = out;
        this.width = out.stream().mapToInt(l -> widths.of(l.text())).max().orElse(10) + 4;
    }

    /**
     * Scrolls when the key is a movement key and there is more than fits.
     *
     * @return true when the key scrolled the box; false means the key closes it
     */
    boolean scroll(KeyStroke k) {
        int page = Math.max(1, visible - 1);
        int by = switch (k.getKeyType()) {
            case ArrowDown -> 1;
            case ArrowUp -> -1;
            case PageDown -> page;
            case PageUp -> -page;
            case Character -> switch (k.getCharacter()) {
                case 'j' -> 1;
                case 'k' -> -1;
                case ' ' -> page;
                case 'b' -> -page;
                default -> 0;
            };
            default -> 0;
        };
        int last = Math.max(0, lines.size() - visible);
        if (by == 0 || last == 0) {
            return false;
        }
        top = Math.max(0, Math.min(last, top + by));
        return true;
    }

    /** Draws the box centred in a body of the given size; in a small window a window onto it, with a marker. */
    void draw(TextGraphics g, RowPainter painter, int bodyWidth, int bodyHeight) {
        int w = Math.min(width, bodyWidth);
        int h = Math.min(lines.size() + 2, bodyHeight);
        visible = Math.max(1, h - 2);
        top = Math.max(0, Math.min(top, lines.size() - visible));
        int left = (bodyWidth - w) / 2;
        int boxTop = (bodyHeight - h) / 2;
        for (int r = 0; r < h; r++) {
            int i = top + r - 1;
            StyledLine line = r > 0 && r < h - 1 && i < lines.size() ? lines.get(i) : StyledLine.EMPTY;
            if (r == h - 1 && top + visible < lines.size()) {
                line = StyledLine.of("↓ j/Space …", Style.META);
            } else if (r == 0 && top > 0) {
                line = StyledLine.of("↑ k/b …", Style.META);
            }
            painter.paint(g, left, boxTop + r, Math.min(2, w), StyledLine.EMPTY, Style.SELECTED);
            painter.paint(g, left + Math.min(2, w), boxTop + r, Math.max(0, w - 2), line, Style.NORMAL);
        }
    }
}
