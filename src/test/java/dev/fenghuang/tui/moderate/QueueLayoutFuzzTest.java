package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.FuzzLayouts;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.StyledLine;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueuePage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Any queue page at any width: every row is clean, the text rows fit (a head row is cut by the painter, by design),
 * and the window arithmetic stays inside the layout.
 */
class QueueLayoutFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void laysOutAnyQueueWithinTheWidth(FuzzedDataProvider data) {
        FuzzReport.input();
        LineBreaker breaker = FuzzLayouts.breaker(data);
        var texts = FuzzLayouts.texts(data);
        int width = data.consumeInt(-2, 200);
        List<QueueEntry> entries = new ArrayList<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            List<String> words = new ArrayList<>();
            for (int w = data.consumeInt(0, 3); w > 0; w--) {
                words.add(data.consumeString(20));
            }
            entries.add(new QueueEntry(data.consumeLong(), data.consumeLong(), FuzzLayouts.text(data),
                    FuzzLayouts.person(data), FuzzLayouts.time(data), FuzzLayouts.text(data), words));
        }
        QueueLayout layout = QueueLayout.of(new QueuePage(1, 1, entries.size(), entries), width, texts, breaker);
        FuzzLayouts.assertClean(layout.lines());
        Set<Integer> heads = new HashSet<>(layout.starts());
        List<StyledLine> textRows = new ArrayList<>();
        for (int row = 0; row < layout.lines().size(); row++) {
            if (!heads.contains(row)) {
                textRows.add(layout.lines().get(row));
            }
        }
        FuzzLayouts.assertFitAndClean(textRows, Math.max(8, width), breaker);
        int height = data.consumeInt(1, 60);
        for (int n = 0; n < entries.size(); n++) {
            assertThat(layout.entryAt(layout.starts().get(n))).isEqualTo(n);
            int top = layout.topShowing(n, data.consumeInt(0, layout.lines().size()), height);
            assertThat(top).isBetween(0, Math.max(0, layout.lines().size() - height));
        }
    }
}
