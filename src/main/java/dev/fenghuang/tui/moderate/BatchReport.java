package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.Layer;
import dev.fenghuang.tui.text.RowPainter;
import dev.fenghuang.tui.text.Style;
import dev.fenghuang.tui.text.StyledLine;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import dev.fenghuang.app.Texts;
import dev.fenghuang.model.BatchResult;
import dev.fenghuang.model.DecisionOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of each decision of a batch, as the queue read again shows it (never the site's own counts), in a
 * box at the bottom of the queue; any key closes it.
 */
final class BatchReport implements Layer {
    private final RowPainter painter;
    private final List<StyledLine> lines = new ArrayList<>();

    BatchReport(Texts texts, RowPainter painter, BatchResult result) {
        this.painter = painter;
        lines.add(StyledLine.of(texts.get("mod.summary", String.valueOf(result.count(DecisionOutcome.Fate.APPLIED)),
                String.valueOf(result.outcomes().size())), Style.HEADING));
        for (DecisionOutcome o : result.outcomes()) {
            Style style = o.fate() == DecisionOutcome.Fate.APPLIED ? Style.NORMAL : Style.ERROR;
            lines.add(StyledLine.of(new StyledLine.Span("#" + o.cid() + "  ", Style.META),
                    new StyledLine.Span(texts.get("mod.decision." + o.decision().name()) + ": ", Style.KEY),
                    new StyledLine.Span(texts.get("mod.fate." + o.fate().name()), style)));
        }
    }

    @Override
    public boolean take(KeyStroke k) {
        return false;
    }

    @Override
    public void draw(TextGraphics g, int width, int height) {
        int rows = Math.min(lines.size() + 1, height);
        int top = height - rows;
        painter.paint(g, 0, top, width, StyledLine.of("─".repeat(Math.max(0, width)), Style.DIM), Style.NORMAL);
        for (int r = 1; r < rows; r++) {
            painter.paint(g, 0, top + r, width, lines.get(r - 1).prefixed(" ", Style.NORMAL), Style.NORMAL);
        }
    }
}
