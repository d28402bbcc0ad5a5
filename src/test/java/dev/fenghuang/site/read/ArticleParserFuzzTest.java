package dev.fenghuang.site.read;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import org.junit.jupiter.params.provider.MethodSource;

/** Any page given to the article parser gives a clean article or {@link UnexpectedPage}. */
class ArticleParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void parsesAnArticleOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(ArticleParser.parse(FuzzPages.document(page), FuzzPages.CLOCK));
        } catch (UnexpectedPage notAnArticle) {
            // documented: not an article page, or one too broken to read
        }
    }
}
