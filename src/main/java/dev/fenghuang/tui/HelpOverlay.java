package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
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
 * The key map in a box over the current view, built from the key map in force. A description wider than the window
 * wraps (CJK width-aware), its further rows indented under its first; when the window is too short for all of it
 * (80×24 shows about twenty rows), the movement keys scroll it and any other key closes it.
 */
final class HelpOverlay {
    /** The key column at the most; a wider key pushes its description along its own row. */
    private static final int MAX_KEY_COLUMN = 34;
    /** Columns a description keeps at the least beside the keys before they give up their column. */
    private static final int MIN_TEXT = 12;

    /** One row of the map as written: the keys and what they do. */
    private record Entry(String keys, String text) {
    }

    private final String title;
    private final List<Entry> entries = new ArrayList<>();
    private final ColumnWidth widths;
    private final LineBreaker breaker;
    private final int keyColumn;
    private final int width;
    private List<StyledLine> lines;
    private int wrappedTo = -1;
    private int top;
    private int visible = Integer.MAX_VALUE;

    HelpOverlay(KeyMap keys, Texts texts, ColumnWidth widths) {
        this(keys, texts, widths, a -> true);
    }

    /** The keys of the actions {@code offered} lets through (the moderation keys only to a moderator). */
    HelpOverlay(KeyMap keys, Texts texts, ColumnWidth widths, Predicate<KeyAction> offered) {
        this.widths = widths;
        this.breaker = new LineBreaker(widths);
        this.title = texts.get("tui.help.title");
        int column = 0;
        for (KeyAction a : KeyAction.values()) {
            column = Math.max(column, widths.of(String.join(", ", keys.keys(a))));
        }
        this.keyColumn = Math.min(column, MAX_KEY_COLUMN);
        for (KeyAction a : KeyAction.values()) {
            if (offered.test(a)) {
                entries.add(new Entry(String.join(", ", keys.keys(a)), texts.get("tui.help." + a.setting())));
            }
        }
        entries.add(new Entry(texts.get("tui.help.react"), texts.get("tui.help.reactText")));
        entries.add(new Entry(dev.fenghuang.tui.forum.ForumParts.markerLegend(texts),
                texts.get("tui.help.forumMarks")));
        int widest = widths.of(title);
        for (Entry e : entries) {
            widest = Math.max(widest, Math.max(widths.of(e.keys()) + 1, keyColumn + 2) + widths.of(e.text()));
        }
        this.width = widest + 4;
        this.lines = wrapped(Integer.MAX_VALUE / 2);
    }

    /**
     * The map in rows of at most {@code columns}: each description wrapped at word (or CJK character) boundaries, its
     * further rows indented under its first.
     */
    private List<StyledLine> wrapped(int columns) {
        List<StyledLine> out = new ArrayList<>();
        for (String row : breaker.wrap(title, columns, 0)) {
            out.add(StyledLine.of(row, Style.HEADING));
        }
        int indent = Math.min(keyColumn + 2, Math.max(0, columns - MIN_TEXT));
        for (Entry e : entries) {
            String keys = e.keys();
            if (widths.of(keys) + 1 > columns - MIN_TEXT) { // keys too wide to share a row: rows of their own
                breaker.wrap(keys, columns, 0).forEach(row -> out.add(StyledLine.of(row, Style.HEADING)));
                keys = "";
            }
            int first = Math.max(indent, widths.of(keys) + 1);
            List<String> rows = breaker.wrap(e.text(), columns - indent, first - indent);
            out.add(StyledLine.of(new StyledLine.Span(keys + " ".repeat(Math.max(0, first - widths.of(keys))),
                    Style.HEADING), new StyledLine.Span(rows.get(0), Style.NORMAL)));
            for (String row : rows.subList(1, rows.size())) {
                out.add(StyledLine.of(new StyledLine.Span(" ".repeat(indent), Style.NORMAL),
                        new StyledLine.Span(row, Style.NORMAL)));
            }
        }
        return out;
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
        int columns = Math.max(2, w - 4);
        if (columns != wrappedTo) {
            lines = wrapped(columns);
            wrappedTo = columns;
        }
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
