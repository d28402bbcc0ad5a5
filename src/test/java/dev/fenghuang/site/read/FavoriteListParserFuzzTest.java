package dev.fenghuang.site.read;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import org.junit.jupiter.params.provider.MethodSource;

/** A member's favourites from any page: the parser never fails, and its texts are clean. */
class FavoriteListParserFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsFavouritesFromAnyPage(byte[] page) {
        FuzzReport.input();
        FuzzChecks.assertClean(FavoriteListParser.parse(FuzzPages.document(page), FuzzPages.CLOCK));
    }
}
