package dev.fenghuang.site.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Portal search results from any page: the parser fails only with {@link UnexpectedPage}, its texts are clean, and
 * every mark lies inside its text (the record refuses any other).
 */
class PortalSearchParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsSearchResultsFromAnyPage(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(PortalSearchParser.parse(FuzzPages.document(page), FuzzPages.CLOCK));
        } catch (UnexpectedPage notResults) {
            // a page without the result header or list: refused, as it should be
        }
    }
}
