package dev.fenghuang.tui.moderate;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
import dev.fenghuang.tui.text.Style;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.QueueEntry;
import dev.fenghuang.model.QueuePage;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueLayoutTest {
    final LineBreaker breaker = new LineBreaker(ColumnWidth.of(false));
    final Texts texts = Texts.forLanguage("zh");

    @Test
    void eachEntryIsAHeadRowThenItsTextWrappedThenABlankRow() {
        QueueEntry e = new QueueEntry(665, 76, "县人社局召开脱贫攻坚推进会", new Person(9, "老街坊"),
                LocalDateTime.of(2026, 11, 29, 1, 30), "审核测试：路修好了，出行方便多了。".repeat(3), List.of());
        QueueLayout layout = QueueLayout.of(new QueuePage(1, 1, 2, List.of(e, e)), 30, texts, breaker);
        assertThat(layout.lines().get(0).text()).isEqualTo("11-29 01:30 老街坊 · #665 · 县人社局召开脱贫攻坚推进会");
        assertThat(layout.starts()).hasSize(2);
        int height = layout.height(0);
        assertThat(height).isGreaterThan(3);
        for (int row = 1; row < height - 1; row++) {
            assertThat(breaker.widths().of(layout.lines().get(row).text())).isLessThanOrEqualTo(30);
            assertThat(layout.lines().get(row).text()).startsWith("    ");
        }
        assertThat(layout.lines().get(height - 1).text()).isEmpty();
        assertThat(layout.entryAt(height)).isEqualTo(1);
    }

    @Test
    void censorWordsAreHighlighted() {
        QueueEntry e = new QueueEntry(1, 2, "文章", Person.GUEST, null, "这是待审词，别的没有", List.of("待审词"));
        QueueLayout layout = QueueLayout.of(new QueuePage(1, 1, 1, List.of(e)), 60, texts, breaker);
        assertThat(layout.lines().get(1).spans()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("待审词");
            assertThat(s.style()).isEqualTo(Style.MATCH);
        });
    }

    @Test
    void anEmptyPageSaysSo() {
        QueueLayout layout = QueueLayout.of(new QueuePage(1, 0, 0, List.of()), 60, texts, breaker);
        assertThat(layout.lines().get(0).text()).isEqualTo(texts.get("mod.empty"));
        assertThat(layout.starts()).isEmpty();
    }

    @Test
    void aClickFindsTheEntryByItsHeadOrAnyTextRowButNotByTheBlankRowsOrAnEmptyPage() {
        QueueEntry e = new QueueEntry(665, 76, "文章", new Person(9, "老街坊"), null,
                "审核测试：路修好了，出行方便多了。".repeat(3), List.of());
        QueueLayout layout = QueueLayout.of(new QueuePage(1, 1, 2, List.of(e, e)), 30, texts, breaker);
        int height = layout.height(0);
        for (int row = 0; row < height - 1; row++) {
            assertThat(layout.entryOn(row)).as("row " + row).isZero();
            assertThat(layout.entryOn(height + row)).as("row " + (height + row)).isEqualTo(1);
        }
        assertThat(layout.entryOn(height - 1)).isEqualTo(-1);
        assertThat(layout.entryOn(2 * height - 1)).isEqualTo(-1);
        assertThat(layout.entryOn(2 * height + 5)).isEqualTo(-1);
        assertThat(QueueLayout.of(new QueuePage(1, 0, 0, List.of()), 60, texts, breaker).entryOn(0)).isEqualTo(-1);
    }
}
