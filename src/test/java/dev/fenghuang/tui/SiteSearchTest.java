package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalSearch;
import dev.fenghuang.model.Person;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import dev.fenghuang.model.search.SearchTooSoon;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code s}: the site's own article search on the virtual terminal, against the demo portal and a held-back site. */
class SiteSearchTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK"})
    void findsTuopinWithTheMatchesStyledAndOpensTheArticle(String charset) throws Exception {
        try (DemoSession demo = DemoSession.open(home, Charset.forName(charset));
             ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults(), 100, 30,
                     new ExternalEditor("false"))) {
            t.loop.siteSearch(demo.session().search().orElseThrow());
            t.press("s").type("脱贫");
            String screen = t.text();
            assertThat(screen).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
            assertThat(t.status()).contains("Found “脱贫”");
            int row = rowHolding(t, "巾帼脱贫");
            int col = columnOf(t, row, '贫');
            TextCharacter match = t.terminal.getCharacter(col, row);
            TextCharacter plain = t.terminal.getCharacter(columnOf(t, row, '帼'), row);
            assertThat(match.getModifiers()).contains(SGR.BOLD);
            assertThat(plain.getModifiers()).doesNotContain(SGR.BOLD);
            assertThat(screen).doesNotContain("<strong>").doesNotContain("#ff0000");
            while (!t.row(rowHolding(t, "巾帼脱贫")).startsWith(">")) {
                t.press("j");
            }
            t.press("Enter");
            assertThat(t.text()).contains("何俊笼");
        }
    }

    @Test
    void theStatusBarOfTheSectionsOffersTheSiteSearch() throws Exception {
        try (DemoSession demo = DemoSession.open(home);
             ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults(), 100, 30,
                     new ExternalEditor("false"))) {
            assertThat(t.status()).contains("s:site search");
        }
    }

    @Test
    void pagesThroughManyHitsAndFindsQuxian() throws Exception {
        try (DemoSession demo = DemoSession.open(home);
             ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults(), 100, 30,
                     new ExternalEditor("false"))) {
            t.loop.siteSearch(demo.session().search().orElseThrow());
            t.press("s").type("县");
            assertThat(t.status()).contains("  1/3  ");
            t.press("]");
            assertThat(t.status()).contains("  2/3  ");
            demo.advanceClock(Duration.ofSeconds(11));
            t.press("s").type("渠县");
            assertThat(t.text()).contains("渠县");
            assertThat(t.status()).contains("Found “渠县”");
        }
    }

    @Test
    void countsTheSecondsDownWhileTheSitesTenSecondRuleHoldsTheSearchBack() throws Exception {
        Semaphore sleeping = new Semaphore(0);
        Semaphore go = new Semaphore(0);
        PortalSearch.Site site = new PortalSearch.Site() {
            private boolean refused;

            @Override
            public ArticleSearch search(String keyword) throws SearchTooSoon {
                if (!refused) {
                    refused = true;
                    throw new SearchTooSoon(new SiteRefused(new SiteMessage("抱歉，您在 10 秒内只能进行一次搜索",
                            SiteMessage.Kind.OTHER, Map.of())), Duration.ofSeconds(3));
                }
                return new ArticleSearch(1, keyword, 1, 1, 1, List.of(new ArticleHit(7,
                        new MarkedText("渠县脱贫", List.of(new MarkedText.Mark(2, 4))), MarkedText.EMPTY, 0, 5, null,
                        new Person(1, "admin"))));
            }

            @Override
            public ArticleSearch page(long searchId, int page) {
                throw new AssertionError();
            }
        };
        PortalSearch search = new PortalSearch(site, Clock.systemUTC(), d -> {
            sleeping.release();
            go.acquire();
        });
        Thread[] worker = new Thread[1];
        try (DemoSession demo = DemoSession.open(home);
             ScreenTester t = ScreenTester.onWorker(demo.session(), TuiOptions.defaults(), 80, 24, task -> {
                 worker[0] = new Thread(task);
                 worker[0].start();
             })) {
            t.loop.siteSearch(search);
            t.press("s").type("脱贫");
            for (int left = 3; left >= 1; left--) {
                assertThat(sleeping.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
                t.idle(Duration.ofMillis(200));
                assertThat(t.text()).contains("searching in " + left + " s");
                go.release();
            }
            worker[0].join(10_000);
            t.settle();
            assertThat(t.text()).contains("渠县脱贫");
        }
    }

    private static int rowHolding(ScreenTester t, String text) {
        List<String> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).contains(text)) {
                return r;
            }
        }
        throw new AssertionError("no row holds " + text + ":\n" + t.text());
    }

    private static int columnOf(ScreenTester t, int row, char c) {
        for (int col = 0; col < t.terminal.getTerminalSize().getColumns(); col++) {
            if (t.terminal.getCharacter(col, row).getCharacterString().equals(String.valueOf(c))) {
                return col;
            }
        }
        throw new AssertionError("no " + c + " on row " + row);
    }
}
