package dev.fenghuang.tui.text;

import dev.fenghuang.tui.KeyAction;
import dev.fenghuang.tui.Ui;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.tui.image.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of laid-out lines seen through a window of rows: scrolling, paging, search matches and drawing with a
 * left margin. The article and comment views keep their text in one.
 */
public final class ScrolledText {
    private final Ui ui;
    private List<StyledLine> lines = List.of();
    private int top;
    private String query = "";
    private TextSearch found = TextSearch.NONE;
    private int marked = -1;
    private List<Placement> placed = List.of();

    public ScrolledText(Ui ui) {
        this.ui = ui;
    }

    /** New lines; keeps the place as a fraction of the whole when {@code keepPlace}, else goes to the top. */
    public void show(List<StyledLine> newLines, boolean keepPlace) {
        int oldSize = Math.max(1, lines.size());
        int oldTop = top;
        lines = newLines;
        top = keepPlace ? (int) ((long) oldTop * lines.size() / oldSize) : 0;
        found = TextSearch.of(lines, query);
        clamp(ui.bodyHeight());
    }

    public int top() {
        return top;
    }

    /** Shows line {@code line} as selected (-1 for none). */
    public void mark(int line) {
        marked = line;
    }

    /** Moves the window as little as it can so that lines {@code from} to {@code to} (inclusive) show. */
    public void reveal(int from, int to) {
        int h = Math.max(1, ui.bodyHeight());
        if (to >= top + h) {
            move(Math.min(to - h + 1, from) - top);
        }
        if (from < top) {
            move(from - top);
        }
    }

    public int size() {
        return lines.size();
    }

    /** Moves the window so that line {@code line} is at the top (as far as the end allows). */
    void goTo(int line) {
        move(line - top);
    }

    public boolean handle(KeyAction action) {
        int h = Math.max(1, ui.bodyHeight());
        switch (action) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case PAGE_DOWN -> move(Math.max(1, h - 1));
            case PAGE_UP -> move(-Math.max(1, h - 1));
            case TOP -> move(-top);
            case BOTTOM -> move(lines.size());
            default -> {
                return false;
            }
        }
        return true;
    }

    private void move(int by) {
        int before = top;
        top += by;
        clamp(ui.bodyHeight());
        if (top != before) {
            ui.scrolled(top - before);
        }
    }

    private void clamp(int height) {
        top = Math.max(0, Math.min(top, lines.size() - Math.max(1, height)));
    }

    /** The pictures wholly in the window as last drawn, in body cells. */
    public List<Placement> placements() {
        return placed;
    }

    public void draw(TextGraphics g, int margin, int width, int height) {
        clamp(height);
        List<Placement> pictures = new ArrayList<>();
        RowPainter painter = ui.painter();
        for (int r = 0; r < height; r++) {
            int i = top + r;
            StyledLine line = i < lines.size() ? lines.get(i) : StyledLine.EMPTY;
            Style fill = i == marked ? Style.SELECTED : Style.NORMAL;
            if (i == marked) {
                line = StyledLine.of(line.text(), Style.SELECTED);
            } else {
                line = found.marked(i, line);
            }
            painter.paint(g, 0, r, margin, StyledLine.EMPTY, fill);
            painter.paint(g, margin, r, Math.max(0, width - margin), line, fill);
            StyledLine.PictureRow p = line.pictureRow();
            if (p != null && p.index() == 0 && r + p.rows() <= height && margin + p.offset() + p.columns() <= width) {
                pictures.add(new Placement(p.picture(), margin + p.offset(), r, p.columns(), p.rows()));
            }
        }
        placed = List.copyOf(pictures);
    }

    /** Finds {@code q} and moves to the next (or previous) matching line; false when none matches. */
    public boolean search(String q, boolean forward) {
        boolean fresh = !q.equals(query);
        if (fresh) {
            query = q;
            found = TextSearch.of(lines, q);
        }
        List<Integer> hits = found.hits();
        if (hits.isEmpty()) {
            return false;
        }
        // A new search counts a match on the top line; n goes on past it.
        int from = fresh ? top - 1 : top;
        int next = forward ? hits.stream().filter(i -> i > from).findFirst().orElse(hits.get(0))
                : hits.stream().filter(i -> i < top).reduce((a, b) -> b).orElse(hits.get(hits.size() - 1));
        goTo(next);
        ui.message(ui.texts().get("tui.search.hit", String.valueOf(hits.indexOf(next) + 1),
                String.valueOf(hits.size())));
        return true;
    }

    /**
     * Where the text stands: the top line shown, of how many, and how far the view has scrolled (0% at the top, 100% at
     * the end), both numbers padded to fixed widths (the line as wide as the total, the percentage three columns): a
     * scroll then changes digits only and never moves a wide character of the status bar.
     */
    public String position(int height) {
        int total = lines.size();
        int percent = total <= height ? 100 : (int) Math.min(100, 100L * top / (total - height));
        String all = String.valueOf(total);
        return ui.texts().get("tui.lines", padded(top + 1, all.length()), all, padded(percent, 3));
    }

    /** {@code n} right-aligned in {@code width} columns with spaces, as {@code %<width>d} has it. */
    static String padded(int n, int width) {
        String digits = String.valueOf(n);
        return digits.length() >= width ? digits : " ".repeat(width - digits.length()) + digits;
    }
}
