package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.store.LocalSearch;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.search.ArticleHit;
import dev.fenghuang.model.search.ArticleSearch;
import dev.fenghuang.model.search.MarkedText;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code s} then {@code S}: the search view's local mode, over the articles read into the store of a demo portal's
 * session; and what it says where there is no store.
 */
class LocalSearchScreenTest {
    /** The demo's articles read before searching. */
    private static final int READ = 12;

    @TempDir
    Path home;

    private static List<PortalSession> storedSession(Path home) throws Exception {
        List<PortalSession> sessions = DemoReader.accounts(home, true, "default");
        for (long aid = 1; aid <= READ; aid++) {
            sessions.get(0).reader().article(aid, 1, false);
        }
        return sessions;
    }

    private static ScreenTester screen(PortalSession session, String language) throws Exception {
        return screen(session, TuiOptions.defaults().withLanguage(language));
    }

    private static ScreenTester screen(PortalSession session, TuiOptions options) throws Exception {
        ScreenTester t = new ScreenTester(session, options, 100, 30, new ExternalEditor("false"));
        t.loop.siteSearch(session.search().orElse(null));
        t.loop.localSearch(session.localSearch().orElse(null));
        return t;
    }

    /** In colour and without (NO_COLOR, monochrome): the matches are bold either way. */
    @ParameterizedTest(name = "monochrome {0}")
    @ValueSource(booleans = {false, true})
    void shiftSSwitchesToTheStoreAndShowsItsRankedHitsWithTheMatchesBold(boolean monochrome) throws Exception {
        List<PortalSession> sessions = storedSession(home);
        PortalSession session = sessions.get(0);
        try (session; ScreenTester t = screen(session, TuiOptions.defaults().withMonochrome(monochrome))) {
            t.press("s").type("脱贫");
            assertThat(t.status()).contains("Found “脱贫”").doesNotContain("in the store");
            t.press("S");
            assertThat(t.status()).as(t.text()).contains("Found “脱贫” in the store");
            assertThat(t.text()).contains("Local search: 脱贫");
            ArticleSearch expected = session.localSearch().orElseThrow().search("脱贫", 1);
            assertThat(expected.hits()).hasSizeGreaterThan(1);
            List<Integer> rows = expected.hits().stream().map(h -> rowHolding(t, plain(h))).toList();
            assertThat(rows).isSorted();
            ArticleHit second = expected.hits().get(1);
            assertThat(second.title().marks()).isNotEmpty();
            int row = rows.get(1);
            int matched = columnOf(t, row, second.title().text().charAt(second.title().marks().get(0).start()));
            assertThat(t.terminal.getCharacter(matched, row).getModifiers()).contains(SGR.BOLD);
            MarkedText.Mark first = second.title().marks().get(0);
            int unmarked = columnOf(t, row, second.title().text().charAt(first.start() > 0 ? 0 : first.end()));
            assertThat(t.terminal.getCharacter(unmarked, row).getModifiers()).doesNotContain(SGR.BOLD);
            String snippet = second.summary().text();
            assertThat(t.row(row + 1)).contains(snippet.substring(1, Math.min(9, snippet.length())));
            assertThat(t.row(row + 1).strip()).isNotEmpty();
            t.press("Enter");
            assertThat(t.text()).contains(plain(expected.hits().get(0))).doesNotContain("Local search: 脱贫");
        }
    }

    @Test
    void theModeStaysForTheNextSearchAndTheChinesePromptSaysWhichItIs() throws Exception {
        List<PortalSession> sessions = storedSession(home);
        PortalSession session = sessions.get(0);
        try (session; ScreenTester t = screen(session, "zh")) {
            t.press("S");
            assertThat(t.row(t.rows().size() - 1)).contains("搜索本地存储的文章");
            t.type("渠县");
            assertThat(t.status()).contains("在本地存储中找到");
            t.press("s");
            assertThat(t.row(t.rows().size() - 1)).contains("搜索本地存储的文章");
            t.type("火锅");
            assertThat(t.text()).contains("本地搜索：火锅");
            t.press("S");
            assertThat(t.text()).contains("搜索：火锅").doesNotContain("本地搜索：火锅");
        }
    }

    @Test
    void withoutAStoreTheLocalModeSaysSoInOneLine() throws Exception {
        PortalSession session = DemoReader.accounts(home, false, "default").get(0);
        try (session; ScreenTester t = screen(session, "en")) {
            assertThat(session.localSearch()).isEmpty();
            t.press("s").type("脱贫");
            t.press("S");
            List<String> noStore = t.rows().stream().filter(r -> r.contains("no store")).toList();
            assertThat(noStore).hasSize(1);
            assertThat(t.text()).doesNotContain("巾帼脱贫");
        }
    }

    @Test
    void aStoreThatCouldNotBeOpenedIsSaidSoToo() throws Exception {
        List<PortalSession> sessions = storedSession(home);
        PortalSession session = sessions.get(0);
        try (session; ScreenTester t = screen(session, "en")) {
            t.loop.localSearch(new LocalSearch((text, page, size) -> {
                throw new AssertionError("searched a store that is not there");
            }, () -> false));
            t.press("S").type("脱贫");
            assertThat(t.rows().stream().filter(r -> r.contains("no store"))).hasSize(1);
        }
    }

    private static String plain(ArticleHit hit) {
        return hit.title().text();
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
