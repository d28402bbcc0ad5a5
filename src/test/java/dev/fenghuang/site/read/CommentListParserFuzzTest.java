package dev.fenghuang.site.read;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import org.junit.jupiter.params.provider.MethodSource;

/** Any page given to the comment list parser gives clean comments or {@link UnexpectedPage}. */
class CommentListParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void parsesCommentsOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        try {
            FuzzChecks.assertClean(CommentListParser.parse(FuzzPages.document(page), FuzzPages.CLOCK));
        } catch (UnexpectedPage notAList) {
            // documented: not a comment list page
        }
    }
}
