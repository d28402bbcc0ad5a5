package dev.fenghuang.site.markup;

import dev.fenghuang.site.FuzzChecks;
import dev.fenghuang.site.FuzzPages;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fenghuang.FuzzReport;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.UnexpectedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any answer to a page request, at the statuses a site sends: the gate lets a Discuz page through or throws {@link
 * SiteRefused} (a message page, System Error) or {@link UnexpectedPage}; the site's words it quotes are clean.
 */
class PageGateFuzzTest {
    @MethodSource("dev.fenghuang.site.FuzzPages#seeds")
    @FuzzTest(maxDuration = "10s")
    void letsThroughOrRefusesAnyAnswer(byte[] page) throws Exception {
        FuzzReport.input();
        URI url = URI.create(FuzzPages.URL);
        String text = FuzzPages.text(page);
        for (int status : new int[] {200, 503}) {
            for (String type : new String[] {"text/html", ""}) {
                try {
                    PageGate.open(new WebPage(url, url, status, type, StandardCharsets.UTF_8, true, text),
                            "#article_content", "article page");
                } catch (SiteRefused refused) {
                    FuzzChecks.assertClean(refused.siteMessage());
                } catch (UnexpectedPage unexpected) {
                    // documented: anything else that is not the page asked for
                }
            }
        }
    }
}
