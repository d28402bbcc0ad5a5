package dev.fenghuang.tui;

import dev.fenghuang.tui.term.ExternalEditor;
import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor's prompts live: the flood countdown ticks with no key pressed, and every key fits (issue 9). */
class LivePromptsTest {
    private static final Pattern LEFT = Pattern.compile("(\\d+) (?:秒|s\\b)");

    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = DemoSession.open(home);
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester signedIn(String language, int columns, int rows) throws Exception {
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage(language)
                .withOpenAid(1L), columns, rows, new ExternalEditor("false"));
        t.press("L");
        WriteScreens.signIn(t, "reader1", "reader123");
        assertThat(t.status()).startsWith("[reader1]");
        return t;
    }

    /** Posts once, then writes a second comment that flood control holds back. */
    private static ScreenTester heldBack(ScreenTester t) throws Exception {
        t.press("C").write("第一条").press("Ctrl-s");
        t.press("C").write("第二条").press("Ctrl-s");
        return t;
    }

    private static int secondsLeft(ScreenTester t) {
        Matcher m = LEFT.matcher(t.text().replace("\n ", " ").replace("\n", " "));
        assertThat(m.find()).as("a countdown on\n%s", t.text()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theOfferCountsDownWithNoKeyPressed() throws Exception {
        try (ScreenTester t = heldBack(signedIn("zh", 80, 24))) {
            int first = secondsLeft(t);
            t.idle(Duration.ofSeconds(2));
            assertThat(secondsLeft(t)).isEqualTo(first - 2);
            t.idle(Duration.ofSeconds(1));
            assertThat(secondsLeft(t)).isEqualTo(first - 3);
        }
    }

    @Test
    void theAutomaticSendCountsDownWithNoKeyPressed() throws Exception {
        try (ScreenTester t = heldBack(signedIn("zh", 80, 24))) {
            t.press("Enter");
            int first = secondsLeft(t);
            t.idle(Duration.ofSeconds(2));
            assertThat(secondsLeft(t)).isEqualTo(first - 2);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 80", "en, 40", "zh, 80", "zh, 40"})
    void everyKeyOfTheEditorShows(String language, int columns) throws Exception {
        try (ScreenTester t = signedIn(language, columns, 24)) {
            t.press("C");
            assertThat(t.text()).contains("Ctrl-S").contains("Ctrl-E").contains("Esc");
            assertWithin(t, columns);
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 80", "en, 40", "zh, 80", "zh, 40"})
    void everyKeyOfTheFloodOfferShows(String language, int columns) throws Exception {
        try (ScreenTester t = heldBack(signedIn(language, columns, 24))) {
            String text = t.text().replace("\n", " ");
            assertThat(text).contains("Enter/y").contains("Esc");
            assertThat(secondsLeft(t)).isBetween(1, 15);
            assertWithin(t, columns);
            t.press("Enter");
            assertThat(t.text()).contains("Esc");
        }
    }

    private static void assertWithin(ScreenTester t, int columns) {
        List<String> rows = t.rows();
        for (String row : rows) {
            assertThat(ColumnWidth.of(false).of(row)).isLessThanOrEqualTo(columns);
        }
    }
}
