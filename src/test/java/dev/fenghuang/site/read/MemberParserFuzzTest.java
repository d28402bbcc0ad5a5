package dev.fenghuang.site.read;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who any page says is signed in, and what its comments allow: a clean member or {@link UnexpectedPage}.
 */
class MemberParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsTheMemberOrSaysWhyNot(byte[] page) {
        FuzzReport.input();
        String html = FuzzPages.text(page);
        Document doc = FuzzPages.document(page);
        FuzzChecks.assertClean(FrontRights.of(doc, html, FuzzPages.CLOCK));
        try {
            FuzzChecks.assertClean(MemberParser.of(doc, html));
        } catch (UnexpectedPage notDiscuz) {
            // documented: no discuz_uid, not a Discuz PC page
        }
    }
}
