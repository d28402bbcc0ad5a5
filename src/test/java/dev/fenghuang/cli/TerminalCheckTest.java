package dev.fenghuang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.Texts;
import org.junit.jupiter.api.Test;

class TerminalCheckTest {
    private final Texts en = Texts.forLanguage("en");
    private final Texts zh = Texts.forLanguage("zh");

    @Test
    void aTerminalWithARealTypeAndATtyRunsTheReader() {
        assertThat(new TerminalCheck(true, "xterm-256color", true).problem(() -> en)).isEmpty();
    }

    /** Issue 13's first frame: the texts' bundle is read off the main thread when the reader can start. */
    @Test
    void aTerminalThatCanShowTheReaderReadsNoTexts() {
        assertThat(new TerminalCheck(true, "xterm-256color", true).problem(() -> {
            throw new AssertionError("the texts were read");
        })).isEmpty();
    }

    @Test
    void aPipeIsNotATerminalWhateverTermSays() {
        assertThat(new TerminalCheck(false, "dumb", false).problem(() -> en))
                .contains("not a terminal: printing text instead");
        assertThat(new TerminalCheck(false, "xterm", true).problem(() -> zh)).contains("不是终端：改为输出文本");
    }

    @Test
    void aDumbOrMissingTermIsNamed() {
        assertThat(new TerminalCheck(true, "dumb", true).problem(() -> en))
                .contains("TERM=dumb cannot show the full-screen reader: printing text instead");
        assertThat(new TerminalCheck(true, "dumb", true).problem(() -> zh))
                .contains("TERM=dumb 无法显示全屏阅读器：改为输出文本");
        assertThat(new TerminalCheck(true, "", true).problem(() -> en)).contains("TERM is not set: printing text instead");
        assertThat(new TerminalCheck(true, null, true).problem(() -> en)).contains("TERM is not set: printing text instead");
    }

    @Test
    void noControllingTerminalIsNamedInsteadOfTheSttyFailure() {
        assertThat(new TerminalCheck(true, "xterm", false).problem(() -> en))
                .contains("no controlling terminal (/dev/tty): printing text instead");
    }
}
