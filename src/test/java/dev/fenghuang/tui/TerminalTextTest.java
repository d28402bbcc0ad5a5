package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void removesC0AndC1ControlsAndEscapeSequencesLoseTheirEscape() {
        assertThat(TerminalText.clean("a\u001B[2Jb\u009B31mc\u0007d\u007Fe")).isEqualTo("a[2Jb31mcde");
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
