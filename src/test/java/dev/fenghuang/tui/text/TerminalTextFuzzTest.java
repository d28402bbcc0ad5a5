package dev.fenghuang.tui.text;

import dev.fenghuang.tui.FuzzLayouts;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.fenghuang.FuzzReport;

/**
 * Any text, cleaned: no control, bidi control or lone surrogate is left, and cleaning again changes nothing.
 */
class TerminalTextFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void leavesNothingThatActsOnATerminal(@NotNull String text) {
        FuzzReport.input();
        String clean = TerminalText.clean(text);
        FuzzLayouts.assertClean(clean);
        assertThat(TerminalText.clean(clean)).isEqualTo(clean);
    }
}
