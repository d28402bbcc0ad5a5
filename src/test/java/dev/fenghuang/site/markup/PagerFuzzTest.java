package dev.fenghuang.site.markup;

import dev.fenghuang.site.FuzzPages;
import dev.fenghuang.site.admin.AdminPager;
import dev.fenghuang.site.read.ArticlePages;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.provider.MethodSource;

/** The pagers of any page: page numbers at least 1, the count never below the page. */
class PagerFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void readsPageNumbersFromAnyPager(byte[] page) {
        FuzzReport.input();
        Document doc = FuzzPages.document(page);
        Pager pager = Pager.of(doc.body());
        assertThat(pager.page()).isPositive().isLessThanOrEqualTo(pager.pageCount());
        ArticlePages pages = ArticlePages.of(doc);
        assertThat(pages.page()).isPositive().isLessThanOrEqualTo(pages.pageCount());
        for (int perPage : new int[] {20, 50, 100}) {
            AdminPager admin = AdminPager.of(doc.body(), perPage);
            assertThat(admin.page()).isPositive().isLessThanOrEqualTo(admin.pageCount());
        }
    }
}
