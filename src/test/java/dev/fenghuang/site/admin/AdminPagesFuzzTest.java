package dev.fenghuang.site.admin;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any answer of admin.php, at the statuses the panel sends: a clean admin page, or {@link UnexpectedPage} for an
 * empty one.
 */
class AdminPagesFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void sortsAnyAdminAnswer(byte[] page) {
        FuzzReport.input();
        URI url = URI.create("http://portal.example/admin.php?action=comment&operation=moderate");
        String body = FuzzPages.text(page);
        for (int status : new int[] {200, 403}) {
            try {
                FuzzChecks.assertClean(AdminPages.of(url, status, null, body, StandardCharsets.UTF_8));
            } catch (UnexpectedPage empty) {
                // documented: an empty body that is not a redirect
            }
        }
    }
}
