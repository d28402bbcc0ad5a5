package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import dev.fenghuang.tui.text.TerminalText;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header (site and breadcrumb) and the status bar (who is signed in, a message or the key hints, the spinner
 * and the position). The account slot shows the guest until logins exist.
 */
final class Chrome {
    /** Blank columns kept between a message and the position on the right. */
    private static final int GAP = 2;
    /** What separates the parts of a message that each stay whole. */
    private static final String PARTS = "  ";
    private final RowPainter painter;
    private final String site;
    private String account;

    Chrome(RowPainter painter, String site, String guest) {
        this.painter = painter;
        this.site = TerminalText.clean(site);
        this.account = guest;
    }

    /** Who is signed in, as the status bar names them. */
    void account(String name) {
        account = TerminalText.clean(name);
    }

    void header(TextGraphics g, int row, int width, List<String> crumbs) {
        StringBuilder sb = new StringBuilder(" ").append(site);
        for (String c : crumbs) {
            sb.append(" › ").append(TerminalText.clean(c));
        }
        painter.paint(g, 0, row, width, StyledLine.of(sb.toString(), Style.HEADER), Style.HEADER);
    }

    /**
     * Draws the status bar on {@code row}. An error too long for it is wrapped and its first lines go on the rows
     * above (at most {@code row} of them, so the header stays), so that the whole of an error is read.
     *
     * @param message a message to show instead of the hints, or null
     * @param error whether the message reports a failure
     * @param right the spinner and position, set flush right
     */
    void status(TextGraphics g, int row, int width, String message, boolean error, String hints, String right) {
        Layout l = layout(width, message, error, right);
        if (message == null) {
            String shown = fitHints(hints, l.leftWidth() - painter.widths().of(l.who()));
            painter.paint(g, 0, row, l.leftWidth(), StyledLine.of(new StyledLine.Span(l.who(), Style.KEY),
                    new StyledLine.Span(shown, Style.STATUS)), Style.STATUS);
        } else {
            Style style = error ? Style.ERROR : Style.STATUS;
            List<String> lines = l.lines();
            int first = Math.max(0, lines.size() - 1 - row);
            for (int i = first; i < lines.size(); i++) {
                int r = row - (lines.size() - 1 - i);
                StyledLine line = i == 0 ? StyledLine.of(new StyledLine.Span(l.who(), Style.KEY),
                        new StyledLine.Span(lines.get(i), style)) : StyledLine.of(" " + lines.get(i), style);
                painter.paint(g, 0, r, i == lines.size() - 1 ? l.leftWidth() : width, line, Style.STATUS);
            }
        }
        if (l.rightWidth() > 0) {
            painter.paint(g, l.leftWidth(), row, l.rightWidth(), StyledLine.of(l.position() + " ", Style.STATUS),
                    Style.STATUS);
        }
    }

    /**
     * The key hints as they fit in {@code room} columns: whole; else whole hints are left out from the end, the help
     * key ({@code ?…}) staying, so that no hint is cut in its word. Hints are separated by two spaces, or by one
     * where none has a space in it.
     */
    private String fitHints(String hints, int room) {
        ColumnWidth widths = painter.widths();
        if (widths.of(hints) <= room) {
            return hints;
        }
        String separator = hints.contains(PARTS) ? PARTS : " ";
        String between = separator.equals(PARTS) ? " {2,}" : " +";
        List<String> items = new ArrayList<>(Arrays.asList(hints.strip().split(between)));
        while (!items.isEmpty() && widths.of(String.join(separator, items)) > room - GAP) {
            int drop = items.size() - 1;
            while (drop > 0 && items.get(drop).startsWith("?")) {
                drop--;
            }
            items.remove(drop);
        }
        return String.join(separator, items);
    }

    /** How many rows the status bar takes for this message: more than one when a message is wrapped. */
    int statusRows(int width, String message, boolean error, String right) {
        return message == null ? 1 : layout(width, message, error, right).lines().size();
    }

    private record Layout(String who, String position, int leftWidth, int rightWidth, List<String> lines) {
    }

    private Layout layout(int width, String message, boolean error, String right) {
        ColumnWidth widths = painter.widths();
        String who = "[" + account + "] ";
        int rightRoom = Math.max(0, width - widths.of(who));
        String position = fit(right, rightRoom - 1);
        int rightWidth = Math.min(widths.of(position) + 1, rightRoom);
        if (message != null && !error && crowded(who + TerminalText.clean(message), width - rightWidth, width)) {
            rightWidth = 0;
        }
        int leftWidth = width - rightWidth;
        List<String> lines = List.of();
        if (message != null) {
            String text = TerminalText.clean(message);
            int room = Math.max(0, leftWidth - GAP);
            lines = widths.of(who) + widths.of(text) <= room || width < 4
                    ? List.of(text) : wrap(text, width, widths.of(who), room);
        }
        return new Layout(who, position, leftWidth, rightWidth, lines);
    }

    /** A message that fits the row only without the position: it takes the row, the position waits. */
    private boolean crowded(String shown, int leftWidth, int width) {
        int w = painter.widths().of(shown);
        return w > leftWidth - GAP && w <= width - 1;
    }

    /**
     * The right part as it fits in {@code room} columns: whole; else only its words with digits ("72/128 56%" for
     * "第 72/128 行 56%"); else its last count ("72/128"); the painter cuts only what is still too wide.
     */
    private String fit(String right, int room) {
        ColumnWidth widths = painter.widths();
        if (widths.of(right) <= room) {
            return right;
        }
        List<String> counts = Arrays.stream(right.split(" +")).filter(w -> w.chars().anyMatch(Character::isDigit))
                .toList();
        String digits = right.replaceAll("(?<=^| )[^ \\d]+ ", "").stripTrailing();
        if (!counts.isEmpty() && widths.of(digits) <= room) {
            return digits;
        }
        return counts.stream().filter(w -> w.contains("/")).reduce((a, b) -> b).orElse(right);
    }

    /**
     * The message's lines: the first after {@code who}, the others indented by one; the last leaves {@code room} for
     * the right part. Parts the message separates by two spaces (a problem and its "r: retry") each stay whole on a
     * line when they fit on one.
     */
    private List<String> wrap(String text, int width, int indent, int room) {
        ColumnWidth widths = painter.widths();
        LineBreaker breaker = new LineBreaker(widths);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : text.split(PARTS)) {
            String joined = line.isEmpty() ? part : line + PARTS + part;
            if ((lines.isEmpty() ? indent : 1) + widths.of(joined) <= width - 1) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> wrapped = breaker.wrap(part, width - 1, lines.isEmpty() ? indent : 0);
            lines.addAll(wrapped.subList(0, wrapped.size() - 1));
            line = wrapped.get(wrapped.size() - 1);
        }
        lines.add(line);
        int last = lines.size() == 1 ? indent : 1;
        if (last + widths.of(lines.get(lines.size() - 1)) > room) {
            lines.add("");
        }
        return lines;
    }

    /**
     * The status bar as a prompt: label, what is typed, and where the cursor goes. Returns the cursor column. Text too
     * long for the row scrolls (its start goes out of sight), the label stays; a label too long for the row keeps
     * its start and leaves the text a third of the row.
     */
    int prompt(TextGraphics g, int row, int width, Prompt prompt) {
        ColumnWidth widths = painter.widths();
        String label = prompt.label() + " ";
        String text = prompt.text();
        int room = Math.max(0, width - 1); // the last cell holds the cursor
        int textRoom = Math.max(room - widths.of(label), Math.min(widths.of(text), room / 3));
        String shownLabel = head(label, room - textRoom, widths);
        String visible = shownLabel + tail(text, room - widths.of(shownLabel), widths);
        painter.paint(g, 0, row, width, StyledLine.of(visible, Style.STATUS), Style.STATUS);
        return Math.min(width - 1, widths.of(visible));
    }

    /** The start of {@code s} in at most {@code columns}, cut with an ellipsis. */
    private static String head(String s, int columns, ColumnWidth widths) {
        if (widths.of(s) <= columns) {
            return s;
        }
        int room = columns - widths.of("…");
        int end = 0;
        int used = 0;
        while (end < s.length() && used + widths.of(s.codePointAt(end)) <= room) {
            used += widths.of(s.codePointAt(end));
            end += Character.charCount(s.codePointAt(end));
        }
        return room <= 0 ? "" : s.substring(0, end) + "…";
    }

    /** The end of {@code s} in at most {@code columns}. */
    private static String tail(String s, int columns, ColumnWidth widths) {
        String visible = s;
        int over = widths.of(s) - columns;
        while (over > 0 && !visible.isEmpty()) {
            int cp = visible.codePointAt(0);
            visible = visible.substring(Character.charCount(cp));
            over -= widths.of(cp);
        }
        return visible;
    }
}
