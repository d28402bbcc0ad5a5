package dev.fenghuang.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Searching laid-out text: paragraphs whole, hits marked on every row they span. */
class TextSearchTest {
    private static List<StyledLine> block(String text, int width, Style style) {
        TextBlock block = new TextBlock(new LineBreaker(ColumnWidth.NARROW_AMBIGUOUS), width);
        block.wrap(text, style, 2, 2);
        return block.lines();
    }

    private static String matched(StyledLine line) {
        StringBuilder sb = new StringBuilder();
        line.spans().stream().filter(s -> s.style() == Style.MATCH).forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    @Test
    void findsLatinWordsAcrossTheSpaceABreakTook() {
        List<StyledLine> lines = block("the quick brown fox jumps over the lazy dog", 12, Style.NORMAL);
        assertThat(lines.get(1).join()).isEqualTo(StyledLine.Join.SPACED);
        TextSearch found = TextSearch.of(lines, "QUICK BROWN");
        assertThat(found.hits()).containsExactly(0);
        assertThat(matched(found.marked(0, lines.get(0)))).isEqualTo("quick");
        assertThat(matched(found.marked(1, lines.get(1)))).isEqualTo("brown");
    }

    @Test
    void findsChineseSplitBetweenTwoRowsAndKeepsTheOtherStyles() {
        List<StyledLine> lines = block("一二三四五六七八九十", 10, Style.QUOTE);
        assertThat(lines.get(0).text()).isEqualTo("  一二三四");
        assertThat(lines.get(1).join()).isEqualTo(StyledLine.Join.TIGHT);
        TextSearch found = TextSearch.of(lines, "四五");
        StyledLine first = found.marked(0, lines.get(0));
        assertThat(matched(first)).isEqualTo("四");
        assertThat(first.spans()).extracting(StyledLine.Span::style).contains(Style.QUOTE);
        assertThat(matched(found.marked(1, lines.get(1)))).isEqualTo("五");
    }

    @Test
    void neverJoinsTwoParagraphs() {
        List<StyledLine> lines = new java.util.ArrayList<>(block("一二三", 20, Style.NORMAL));
        lines.addAll(block("四五六", 20, Style.NORMAL));
        assertThat(TextSearch.of(lines, "三四").hits()).isEmpty();
        assertThat(TextSearch.of(lines, "五").hits()).containsExactly(1);
    }
}
