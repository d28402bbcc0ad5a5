package dev.fenghuang.site.markup;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.fenghuang.FuzzReport;
import java.util.regex.Pattern;

/**
 * Any link from a page: the ids and page number read from it are 0 (none) or a number written in it, never a
 * negative or wrapped-around one; a page number past the largest int is that largest int.
 */
class DiscuzUrlsFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void readsIdsThatTheLinkHolds(@NotNull String href) {
        FuzzReport.input();
        assertWrittenIn(href, DiscuzUrls.aid(href));
        assertWrittenIn(href, DiscuzUrls.catid(href));
        int page = DiscuzUrls.page(href);
        if (page != Integer.MAX_VALUE) {
            assertWrittenIn(href, page);
        }
        String value = DiscuzUrls.param(href, "aid");
        assertThat(value == null || href.contains(value)).isTrue();
    }

    private static void assertWrittenIn(String href, long id) {
        assertThat(id).isNotNegative();
        if (id > 0) {
            assertThat(Pattern.compile("(?<![0-9])0*" + id + "(?![0-9])").matcher(href).find())
                    .as("%d written in %s", id, href).isTrue();
        }
    }
}
