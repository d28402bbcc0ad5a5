package dev.fenghuang.tui.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void removesC0AndC1ControlsAndWholeEscapeSequences() {
        assertThat(TerminalText.clean("a\u001B[2Jb\u009B31mc\u0007d\u007Fe")).isEqualTo("abcde");
        assertThat(TerminalText.clean("a\u001B]52;c;ZWNobyBvd25lZA==\u0007b")).isEqualTo("ab");
    }

    @Test
    void removesZeroWidthAndEveryBidiFormatCharacter() {
        assertThat(TerminalText.clean("标\u200B题\u200C\u200E\u200F\u061C\uFEFF\u2060")).isEqualTo("标题");
    }

    @Test
    void turnsLineBreaksAndTabsIntoSpaces() {
        assertThat(TerminalText.clean("一\r\n二\t三")).isEqualTo("一  二 三");
    }

    @Test
    void removesBidiOverridesAndRepairsLoneSurrogates() {
        assertThat(TerminalText.clean("a\u202Eb\u2066c")).isEqualTo("abc");
        assertThat(TerminalText.clean("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(TerminalText.clean("😀")).isEqualTo("😀");
    }

    @Test
    void keepsOrdinaryTextAsItIs() {
        String s = "全省“巾帼脱贫行动”e\u0301 👩\u200D💻";
        assertThat(TerminalText.clean(s)).isSameAs(s);
        assertThat(TerminalText.clean(null)).isEmpty();
    }
}
