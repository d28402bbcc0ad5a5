package dev.fenghuang.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private final ColumnWidth widths = ColumnWidth.NARROW_AMBIGUOUS;
    private final LineBreaker breaker = new LineBreaker(widths);

    private void assertFits(List<String> lines, int width) {
        assertThat(lines).allSatisfy(l -> assertThat(widths.of(l)).isLessThanOrEqualTo(width));
    }

    @Test
    void breaksBetweenAnyTwoCjkCharacters() {
        List<String> lines = breaker.wrap("参会人员先后实地参观了汇东乡白蜡村", 10, 0);
        assertThat(lines).containsExactly("参会人员先", "后实地参观", "了汇东乡白", "蜡村");
    }

    @Test
    void neverSplitsAWideCharacterAtAnOddEdge() {
        List<String> lines = breaker.wrap("渠县渠县渠县", 5, 0);
        assertThat(lines).containsExactly("渠县", "渠县", "渠县");
        assertFits(lines, 5);
    }

    @Test
    void noLineStartsWithClosingPunctuation() {
        // Width 8 would put "。" first on line two; the character before it comes along.
        List<String> lines = breaker.wrap("渠县召开会议。随后参观", 8, 0);
        assertThat(lines).noneMatch(l -> !l.isEmpty() && "，。、；：？！）》」』】”’…".indexOf(l.charAt(0)) >= 0);
        assertThat(String.join("", lines)).isEqualTo("渠县召开会议。随后参观");
        assertFits(lines, 8);
    }

    @Test
    void everyForbiddenStartIsRespected() {
        for (char p : "，。、；：？！）》」』】”’…".toCharArray()) {
            List<String> lines = breaker.wrap("一二三四" + p + "五六", 8, 0);
            assertThat(lines.get(1).charAt(0)).as("line after %s", p).isNotEqualTo(p);
        }
    }

    @Test
    void noLineEndsWithOpeningPunctuation() {
        for (char p : "（《「『【“‘".toCharArray()) {
            List<String> lines = breaker.wrap("一二三" + p + "四五六", 8, 0);
            assertThat(lines.get(0)).as("line with %s", p).doesNotEndWith(String.valueOf(p));
            assertFits(lines, 8);
        }
    }

    @Test
    void keepsLatinWordsAndNumbersWhole() {
        List<String> lines = breaker.wrap("截止2015年底 Discuz X3.5 系统", 12, 0);
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith("201").doesNotEndWith("Disc"));
        assertThat(String.join("|", lines)).contains("2015").contains("Discuz").contains("X3.5");
        assertFits(lines, 12);
    }

    @Test
    void breaksAUrlLongerThanALine() {
        String url = "http://www.qx.example/portal.php?mod=view&aid=123456&page=2";
        List<String> lines = breaker.wrap("见 " + url, 20, 0);
        assertFits(lines, 20);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("见" + url);
        assertThat(lines.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void indentsTheFirstLineOnly() {
        List<String> lines = breaker.wrap("一二三四五六七八", 8, 2);
        assertThat(lines).containsExactly("一二三", "四五六七", "八");
    }

    @Test
    void keepsCombiningMarksAndEmojiSequencesTogether() {
        List<String> lines = breaker.wrap("ae\u0301bc 👩\u200D💻👍🏽", 4, 0);
        assertFits(lines, 4);
        assertThat(lines).anyMatch(l -> l.contains("👩\u200D💻"));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("ae\u0301bc👩\u200D💻👍🏽");
    }

    @Test
    void wrapsAHugeParagraphWithNoSpaces() {
        String text = "巾帼脱贫行动，".repeat(430);
        assertThat(text.length()).isGreaterThanOrEqualTo(3000);
        List<String> lines = breaker.wrap(text, 78, 2);
        assertFits(lines, 78);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).noneMatch(l -> l.startsWith("，"));
    }

    @Test
    void anEmptyParagraphIsOneEmptyLine() {
        assertThat(breaker.wrap("", 10, 2)).containsExactly("");
    }

    @Test
    void survivesAWindowTooNarrowForAnything() {
        List<String> lines = breaker.wrap("渠县 ok", 1, 4);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("渠县ok");
        assertFits(lines, 2);
    }

    @Test
    void neverCarriesMoreOpeningPunctuationThanTheNextLineHolds() {
        // Found by LineBreakerFuzzTest: the brackets moved down together with 中 and made a line of 8 columns in 7.
        List<String> lines = breaker.wrap("a（（（中", 7, 0);
        assertFits(lines, 7);
        assertThat(lines).containsExactly("a（（（", "中");
    }

    @Test
    void keepsAnOpeningBracketBeforeAWideCharacterInTwoColumns() {
        List<String> lines = new LineBreaker(ColumnWidth.WIDE_AMBIGUOUS).wrap(" [\uF8FF\uFFFF\uF57A", 2, 0);
        assertThat(lines).allSatisfy(l -> assertThat(ColumnWidth.WIDE_AMBIGUOUS.of(l)).isLessThanOrEqualTo(2));
    }
}
