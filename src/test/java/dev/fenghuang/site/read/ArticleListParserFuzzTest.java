package dev.fenghuang.site.read;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import org.junit.jupiter.params.provider.MethodSource;

/** Any page given to the article list parser gives a clean list or {@link UnexpectedPage}. */
class ArticleListParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void parsesAListOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(ArticleListParser.parse(FuzzPages.document(page), FuzzPages.CLOCK));
        } catch (UnexpectedPage notAList) {
            // documented: not a category page
        }
    }
}
