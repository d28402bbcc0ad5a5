package dev.fenghuang.site.markup;

import dev.fenghuang.site.FuzzChecks;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.fenghuang.FuzzReport;

/**
 * Any text from a site, made safe: no control (but line break and tab from {@code strip}), escape sequence, bidi
 * override or BOM is left; a line has no line break, no doubled or outer space, and cleaning it again changes
 * nothing.
 */
class SiteTextFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void leavesNothingThatActsOnATerminal(@NotNull String raw) {
        FuzzReport.input();
        String stripped = SiteText.strip(raw);
        FuzzChecks.assertClean(stripped);
        String line = SiteText.line(raw);
        FuzzChecks.assertClean(line);
        assertThat(line).doesNotContain("\n", "\t", "  ").doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(SiteText.line(line)).isEqualTo(line);
    }
}
