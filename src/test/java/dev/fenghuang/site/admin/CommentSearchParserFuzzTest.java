package dev.fenghuang.site.admin;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.provider.MethodSource;

/** Any page given to the admin comment search parser: a clean result page or {@link UnexpectedPage}. */
class CommentSearchParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void parsesSearchResultsOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        Document doc = FuzzPages.document(page);
        for (int perPage : new int[] {20, 50, 100}) {
            try {
                FuzzChecks.assertClean(CommentSearchParser.parse(doc, perPage));
            } catch (UnexpectedPage notResults) {
                // documented: neither a count nor the no-match text
            }
        }
    }
}
