package dev.fenghuang.site.read;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import org.junit.jupiter.params.provider.MethodSource;

/** The section links of any page: the parser never fails, and its names are clean. */
class NavParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void findsSectionLinksOnAnyPage(byte[] page) {
        FuzzReport.input();
        FuzzChecks.assertClean(NavParser.parse(FuzzPages.document(page)));
    }
}
