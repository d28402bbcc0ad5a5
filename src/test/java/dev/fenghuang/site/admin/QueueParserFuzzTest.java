package dev.fenghuang.site.admin;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any page given to the moderation queue parser, at each page size: a clean queue page or {@link UnexpectedPage}.
 */
class QueueParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void parsesAQueueOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        Document doc = FuzzPages.document(page);
        for (int perPage : new int[] {20, 50, 100}) {
            try {
                FuzzChecks.assertClean(QueueParser.parse(doc, perPage));
            } catch (UnexpectedPage notAQueue) {
                // documented: neither form#cpform nor a modsubmit button
            }
        }
    }
}
