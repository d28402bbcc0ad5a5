package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            t.press("Space", "Space", "Space", "Space");
            String last = t.text();

            assertThat(last).contains("表态").contains("↑ k/b").doesNotContain("下移");
            t.press("k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k", "k");
            assertThat(t.text()).contains("在列表或文章中搜索").doesNotContain("表态");
            t.press("b", "b", "b");
            assertThat(t.text()).contains("按键").doesNotContain("↑ k/b");
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
}
