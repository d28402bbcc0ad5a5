package dev.fenghuang.site.markup;

import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.fenghuang.FuzzReport;

/**
 * Any time text: a time or null (no time in it), never an exception, also for dates that do not exist.
 */
class DiscuzTimeFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void readsATimeOrNone(@NotNull String text) {
        FuzzReport.input();
        DiscuzTime.parse(text, FuzzPages.CLOCK);
        DiscuzTime.absolute(text);
        DiscuzTime.of(FuzzPages.document(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).body(),
                FuzzPages.CLOCK);
    }
}
