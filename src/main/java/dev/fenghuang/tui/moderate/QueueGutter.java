package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Decision;
import java.util.EnumMap;
import java.util.Map;

/**
 * The columns before an entry's head row: the selection arrow, the mark, and the decision waiting to be sent,
 * always the same width so that a change redraws those few cells.
 */
final class QueueGutter {
    private final RowPainter painter;
    private final Map<Decision, String> badges = new EnumMap<>(Decision.class);
    private final int badgeWidth;

    QueueGutter(Texts texts, RowPainter painter) {
        this.painter = painter;
        int widest = 0;
        for (Decision d : Decision.values()) {
            String b = texts.get("tui.queue.badge." + d.name());
            badges.put(d, b);
            widest = Math.max(widest, painter.widths().of(b));
        }
        this.badgeWidth = widest;
    }

    int width() {
        return 2 + badgeWidth + 1;
    }

    void paint(TextGraphics g, int row, boolean selected, boolean marked, Decision decision) {
        painter.paint(g, 0, row, 1, StyledLine.of(selected ? ">" : " ", Style.HEADING), Style.NORMAL);
        painter.paint(g, 1, row, 1, StyledLine.of(marked ? "*" : " ", Style.MATCH), Style.NORMAL);
        Style style = decision == Decision.DELETE ? Style.ERROR : Style.KEY;
        painter.paint(g, 2, row, badgeWidth + 1,
                decision == null ? StyledLine.EMPTY : StyledLine.of(badges.get(decision), style), Style.NORMAL);
    }

    void blank(TextGraphics g, int row) {
        painter.paint(g, 0, row, width(), StyledLine.EMPTY, Style.NORMAL);
    }
}
