package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The help box at 80×24 holds only part of the key map: the movement keys scroll it, any other key closes it. */
class HelpOverlayTest {
    @TempDir
    static Path home;
    static PortalReader reader;

    @BeforeAll
    static void open() {
        reader = DemoReader.open(home);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    @Test
    void scrollsToTheLastKeysInASmallWindowAndClosesOnAnyOtherKey() throws Exception {
        try (ScreenTester t = new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80,
                24)) {
            t.press("?");
            String first = t.text();
            assertThat(first).contains("按键").contains("下移").contains("↓ j/Space");
            assertThat(first).doesNotContain("表态");
            for (int i = 0; i < 20 && t.text().contains("↓ j/Space"); i++) {
                t.press("Space");
            }
            String last = t.text();

            assertThat(last).contains("表态").contains("↑ k/b").doesNotContain("下移").doesNotContain("↓ j/Space");
            t.press("k");
            assertThat(t.text()).as("one row back").isNotEqualTo(last).contains("↓ j/Space");
            for (int i = 0; i < 20 && t.text().contains("↑ k/b"); i++) {
                t.press("b");
            }
            assertThat(t.text()).contains("按键").contains("下移").doesNotContain("↑ k/b");
            t.press("q");
            assertThat(t.text()).doesNotContain("↑ k/b").doesNotContain("↓ j/Space").contains("全省“巾帼脱贫行动”");
        }
    }

    @Test
    void aLargeWindowShowsEverythingAndAnyKeyCloses() throws Exception {
        try (ScreenTester t = new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 200,
                60)) {
            t.press("?");
            assertThat(t.text()).contains("下移").contains("表态").doesNotContain("↓ j/Space");
            t.press("j");
            assertThat(t.text()).doesNotContain("下移");
        }
    }

    @Test
    void noHelpLineShowsADoubledApostrophe() throws Exception {
        for (String language : new String[] {"en", "zh"}) {
            try (ScreenTester t = new ScreenTester(reader, TuiOptions.defaults().withLanguage(language)
                    .withOpenAid(1L), 200, 120)) {
                t.press("?");
                String help = t.text();
                assertThat(help).as(language).contains(language.equals("en") ? "only the floor" : "只看该作者")
                        .doesNotContain("''");
            }
        }
    }

    /** Every help text at 80×24 (for a guest: no moderation keys) and 60×20, en and zh, is on the screen whole at some point of scrolling. */
    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"en, 80, 24", "zh, 80, 24", "en, 60, 20", "zh, 60, 20"})
    void everyHelpTextIsReadableInFullInASmallWindow(String language, int columns, int rows) throws Exception {
        Texts texts = Texts.forLanguage(language);
        List<String> wanted = new ArrayList<>();
        for (KeyAction a : KeyAction.values()) {
            if (!a.moderation() && !a.threadTools()) { // offered to those who moderate only
                wanted.add(texts.get("tui.help." + a.setting()));
            }
        }
        wanted.add(texts.get("tui.help.reactText"));
        wanted.add(texts.get("tui.help.forumMarks"));
        StringBuilder seen = new StringBuilder();
        try (ScreenTester t = new ScreenTester(reader, TuiOptions.defaults().withLanguage(language).withOpenAid(1L),
                columns, rows)) {
            t.press("?");
            seen.append(t.text()).append('\n');
            for (int i = 0; i < 200 && t.text().contains("↓ j/Space"); i++) {
                t.press("j");
                seen.append(t.text()).append('\n');
            }
            assertThat(t.text()).as("scrolled to the end").doesNotContain("↓ j/Space");
        }
        String screens = withoutSpace(seen.toString());
        assertThat(wanted).allSatisfy(text -> assertThat(screens).as(text).contains(withoutSpace(text)));
    }

    /** The screens' text with the spaces of wrapping (and of the texts) taken out, rows joined. */
    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
