package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.http.OfflineRefusal;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.tui.term.ExternalEditor;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code s} with the site not asked ({@code --offline}) or not reachable: the view says the site's search needs the
 * network and offers the stored articles ({@code S}); it neither stays on "Searching…" nor speaks of writes.
 */
class OfflineSiteSearchTest {
    @TempDir
    Path home;

    /** A site search whose every request fails as an offline run or a stopped server makes it fail. */
    private static PortalSearch failing(boolean offline) {
        return new PortalSearch(new PortalSearch.Site() {
            @Override
            public ArticleSearch search(String keyword) throws IOException {
                throw offline ? new OfflineRefusal("http://127.0.0.1/search.php")
                        : new ConnectException("Connect to http://127.0.0.1:9 failed: Connection refused");
            }

            @Override
            public ArticleSearch page(long searchId, int page) throws IOException {
                return search("");
            }
        }, Clock.systemUTC(), d -> { });
    }

    @ParameterizedTest(name = "offline {0}")
    @ValueSource(booleans = {true, false})
    void saysTheSiteSearchNeedsTheNetworkAndOffersTheStoredArticles(boolean offline) throws Exception {
        List<PortalSession> sessions = DemoReader.accounts(home, true, "default");
        PortalSession session = sessions.get(0);
        session.reader().article(1, 1, false);
        try (session; ScreenTester t = new ScreenTester(session, TuiOptions.defaults(), 100, 30,
                new ExternalEditor("false"))) {
            t.loop.siteSearch(failing(offline));
            t.loop.localSearch(session.localSearch().orElse(null));
            t.press("s").type("渠县");
            String screen = t.text();
            assertThat(screen).as(screen).doesNotContain("Searching the site")
                    .doesNotContain("nothing is kept to send later");
            assertThat(screen).contains("needs the network").contains("S: search the stored articles");
            t.press("S");
            assertThat(t.text()).contains("Local search: 渠县");
            assertThat(t.status()).contains("in the store");
        }
    }
}
