package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import dev.fenghuang.tui.text.TextBlock;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueuePage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue page laid out for a width: per entry a head row (time, author, article) after a gutter the screen fills
 * with the entry's state, then its text wrapped the Chinese way with the censor words highlighted, then a blank
 * row. Laid out when the page or the width change; the gutter is drawn apart, so a decision changes one row.
 *
 * @param lines every row, the head rows without their gutter
 * @param starts the row of each entry's head, in page order
 */
record QueueLayout(List<StyledLine> lines, List<Integer> starts) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    static final int TEXT_INDENT = 4;

    QueueLayout {
        lines = List.copyOf(lines);
        starts = List.copyOf(starts);
    }

    /** @param width the columns after the gutter */
    static QueueLayout of(QueuePage page, int width, Texts texts, LineBreaker breaker) {
        TextBlock out = new TextBlock(breaker, Math.max(8, width));
        List<Integer> starts = new ArrayList<>();
        for (QueueEntry e : page.entries()) {
            starts.add(out.size());
            out.add(head(e));
            out.wrap(e.text().replace('\n', ' '), Style.NORMAL, TEXT_INDENT, TEXT_INDENT);
            out.add(StyledLine.EMPTY);
        }
        if (page.entries().isEmpty()) {
            out.wrap(texts.get("mod.empty"), Style.META, 0, 0);
        }
        List<StyledLine> lines = new ArrayList<>(out.lines());
        highlight(lines, starts, page.entries());
        return new QueueLayout(lines, starts);
    }

    private static StyledLine head(QueueEntry e) {
        String time = e.time() == null ? "           " : TIME.format(e.time());
        return StyledLine.of(new StyledLine.Span(time + " ", Style.META),
                new StyledLine.Span(TerminalText.clean(e.author().name()), Style.HEADING),
                new StyledLine.Span(" · #" + e.cid() + " · ", Style.META),
                new StyledLine.Span(TerminalText.clean(e.articleTitle()), Style.TITLE));
    }

    private static void highlight(List<StyledLine> lines, List<Integer> starts, List<QueueEntry> entries) {
        for (int n = 0; n < entries.size(); n++) {
            int end = n + 1 < starts.size() ? starts.get(n + 1) : lines.size();
            for (int row = starts.get(n) + 1; row < end; row++) {
                StyledLine line = lines.get(row);
                for (String word : entries.get(n).censorWords()) {
                    line = line.highlighted(TerminalText.clean(word));
                }
                lines.set(row, line);
            }
        }
    }

    /** The entry whose rows include {@code row}, or -1 before the first. */
    int entryAt(int row) {
        int found = -1;
        for (int i = 0; i < starts.size() && starts.get(i) <= row; i++) {
            found = i;
        }
        return found;
    }

    /**
     * The entry drawn on line {@code row}, its head or its text, or -1 on the blank row after an entry, past the last
     * and on an empty page: where a click picks an entry.
     */
    int entryOn(int row) {
        int n = row < lines.size() ? entryAt(row) : -1;
        return n >= 0 && row < starts.get(n) + height(n) - 1 ? n : -1;
    }

    /** The rows entry {@code n} takes, its blank row included. */
    int height(int n) {
        int end = n + 1 < starts.size() ? starts.get(n + 1) : lines.size();
        return end - starts.get(n);
    }

    /**
     * The first line to show so that entry {@code selected}'s head and as much of its text as fits are in a window
     * of {@code height} lines that now starts at {@code top}; the window moves as little as it can.
     */
    int topShowing(int selected, int top, int height) {
        if (starts().isEmpty()) {
            return 0;
        }
        int start = starts().get(selected);
        int end = start + height(selected) - 1;
        int moved = top;
        if (start < moved) {
            moved = start;
        } else if (end >= moved + height) {
            moved = Math.min(start, end - height + 1);
        }
        return Math.max(0, Math.min(moved, Math.max(0, lines().size() - height)));
    }
}
