package dev.fenghuang.tui.write;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.LineBreaker;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Setting the text being written in rows, and finding the cursor in them. */
class EditorLinesTest {
    private final LineBreaker breaker = new LineBreaker(ColumnWidth.NARROW_AMBIGUOUS);

    @Test
    void breaksChineseAnywhereButNeverBeforeClosingPunctuation() {
        EditorLines l = EditorLines.of("一二三四五，六七", 10, breaker);
        assertThat(l.size()).isEqualTo(2);
        assertThat(l.text(0)).isEqualTo("一二三四");
        assertThat(l.text(1)).isEqualTo("五，六七");
    }

    @Test
    void keepsLatinWordsWholeAndTheSpacesInTheText() {
        String text = "hello wonderful world";
        EditorLines l = EditorLines.of(text, 12, breaker);
        assertThat(l.text(0)).isEqualTo("hello");
        assertThat(l.text(1)).isEqualTo("wonderful");
        assertThat(l.rowOf(text.indexOf("wonderful"))).isEqualTo(1);
        assertThat(l.columnOf(5)).isEqualTo(5);
        assertThat(l.rowOf(5)).isZero();
    }

    @Test
    void measuresWideCharactersAndFindsTheOffsetNearestAColumn() {
        String text = "中文ab\n第二行";
        EditorLines l = EditorLines.of(text, 20, breaker);
        assertThat(l.size()).isEqualTo(2);
        assertThat(l.columnOf(2)).isEqualTo(4);
        assertThat(l.offsetAt(1, 3)).isEqualTo(text.indexOf("二"));
        assertThat(l.offsetAt(0, 99)).isEqualTo(4);
        assertThat(l.rowOf(text.length())).isEqualTo(1);
    }

    @Test
    void anEmptyTextAndEmptyLinesHaveARowEach() {
        assertThat(EditorLines.of("", 10, breaker).size()).isEqualTo(1);
        assertThat(EditorLines.of("\n\n", 10, breaker).size()).isEqualTo(3);
    }

    @Test
    void aWordLongerThanTheRowIsCutAndStillMapsEveryOffset() {
        String text = "x https://example.com/very/long/path/that/never/ends";
        EditorLines l = EditorLines.of(text, 10, breaker);
        assertThat(l.size()).isGreaterThan(3);
        for (int i = 0; i <= text.length(); i++) {
            assertThat(l.columnOf(i)).isBetween(0, 10);
        }
    }
}
