package dev.fenghuang.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/**
 * The header (site and breadcrumb) and the status bar (who is signed in, a message or the key hints, the spinner
 * and the position). The account slot shows the guest until logins exist.
 */
final class Chrome {
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
     * @param message one line to show instead of the hints, or null
     * @param error whether the message reports a failure
     * @param right the spinner and position, set flush right
     */
    void status(TextGraphics g, int row, int width, String message, boolean error, String hints, String right) {
        ColumnWidth widths = painter.widths();
        String who = "[" + account + "] ";
        int rightWidth = Math.min(widths.of(right) + 1, Math.max(0, width - widths.of(who) - 1));
        int leftWidth = width - rightWidth;
        StyledLine left = message == null
                ? StyledLine.of(new StyledLine.Span(who, Style.KEY), new StyledLine.Span(hints, Style.STATUS))
                : StyledLine.of(new StyledLine.Span(who, Style.KEY),
                        new StyledLine.Span(TerminalText.clean(message), error ? Style.ERROR : Style.STATUS));
        painter.paint(g, 0, row, leftWidth, left, Style.STATUS);
        painter.paint(g, leftWidth, row, rightWidth, StyledLine.of(right + " ", Style.STATUS), Style.STATUS);
    }

    /** The status bar as a prompt: label, what is typed, and where the cursor goes. Returns the cursor column. */
    int prompt(TextGraphics g, int row, int width, Prompt prompt) {
        String shown = prompt.label() + " " + prompt.text();
        ColumnWidth widths = painter.widths();
        int over = widths.of(shown) + 1 - width;
        String visible = shown;
        while (over > 0 && !visible.isEmpty()) {
            int cp = visible.codePointAt(0);
            visible = visible.substring(Character.charCount(cp));
            over -= widths.of(cp);
        }
        painter.paint(g, 0, row, width, StyledLine.of(visible, Style.STATUS), Style.STATUS);
        return Math.min(width - 1, widths.of(visible));
    }
}
