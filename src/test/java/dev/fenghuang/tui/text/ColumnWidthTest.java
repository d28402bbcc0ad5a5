package dev.fenghuang.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnWidthTest {
    private final ColumnWidth narrow = ColumnWidth.NARROW_AMBIGUOUS;
    private final ColumnWidth wide = ColumnWidth.WIDE_AMBIGUOUS;

    @Test
    void cjkIdeographsAndFullwidthFormsTakeTwoColumns() {
        assertThat(narrow.of("渠县")).isEqualTo(4);
        assertThat(narrow.of('，')).isEqualTo(2);
        assertThat(narrow.of('\u3000')).isEqualTo(2);
        assertThat(narrow.of("ＡＢ")).isEqualTo(4);
        assertThat(narrow.of("한국")).isEqualTo(4);
        assertThat(narrow.of("かな")).isEqualTo(4);
    }

    @Test
    void asciiAndLatinTakeOne() {
        assertThat(narrow.of("Discuz! X3.5")).isEqualTo(12);
        assertThat(narrow.of("café")).isEqualTo(4);
    }

    @Test
    void combiningMarksAndZeroWidthCharactersTakeNone() {
        assertThat(narrow.of("e\u0301")).isEqualTo(1);
        assertThat(narrow.of("a\u200Bb")).isEqualTo(2);
        assertThat(narrow.of("\uFEFF")).isZero();
        assertThat(narrow.of("\u1100\u1161")).isEqualTo(2);
    }

    @Test
    void emojiOutsideTheBmpTakeTwo() {
        assertThat(narrow.of("😀")).isEqualTo(2);
        assertThat(narrow.of(0x1F525)).isEqualTo(2);
        assertThat(narrow.of("👍\uD83C\uDFFD")).isEqualTo(4);
    }

    @Test
    void cjkExtensionBIsWide() {
        assertThat(narrow.of("𠀀")).isEqualTo(2);
    }

    @Test
    void controlCharactersTakeNothing() {
        assertThat(narrow.of("\u001B[31m")).isEqualTo(4);
        assertThat(narrow.of('\u0007')).isZero();
        assertThat(narrow.of('\u009B')).isZero();
    }

    @Test
    void ambiguousCharactersFollowTheSetting() {
        assertThat(narrow.of("“…”")).isEqualTo(3);
        assertThat(wide.of("“…”")).isEqualTo(6);
        assertThat(narrow.of('·')).isEqualTo(1);
        assertThat(wide.of('·')).isEqualTo(2);
        assertThat(wide.of('①')).isEqualTo(2);
        assertThat(wide.of('a')).isEqualTo(1);
    }
}
