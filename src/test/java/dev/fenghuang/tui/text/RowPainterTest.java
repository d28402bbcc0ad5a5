package dev.fenghuang.tui.text;

import dev.fenghuang.tui.FakeSite;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attributes reach the cells: bold titles, reversed chrome and selection, marked matches, in colour and without. */
class RowPainterTest {
    static final String TITLE = "粗体的标题";

    @TempDir
    Path home;
    PortalReader reader;

    @BeforeEach
    void site() {
        FakeSite site = new FakeSite();
        site.articles.put(1L, FakeSite.article(1, TITLE, List.of("正文第一段，有一个关键词在这里。"),
                FakeSite.comments(3)));
        reader = site.reader(home);
    }

    private ScreenTester open(boolean monochrome) throws Exception {
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L)
                .withMonochrome(monochrome), 80, 24);
    }

    private static TextCharacter cell(ScreenTester t, int column, int row) {
        return t.terminal.getCharacter(column, row);
    }

    private static int columnOf(ScreenTester t, int row, String text) {
        int at = t.row(row).indexOf(text);
        assertThat(at).as("row %d: %s", row, t.row(row)).isNotNegative();
        return ColumnWidth.NARROW_AMBIGUOUS.of(t.row(row).substring(0, at));
    }

    private static int rowOf(ScreenTester t, String text) {
        return IntStream.range(0, t.rows().size()).filter(r -> t.row(r).contains(text)).findFirst().orElseThrow();
    }

    @Test
    void theTitleAndTheAccountAreBoldInColour() throws Exception {
        try (ScreenTester t = open(false)) {
            assertThat(cell(t, columnOf(t, 1, TITLE), 1).getModifiers()).contains(SGR.BOLD);
            assertThat(cell(t, 1, 23).getModifiers()).contains(SGR.BOLD);
            assertThat(cell(t, 1, 23).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);
        }
    }

    @Test
    void withoutColourTheHeaderStatusBarAndTitleKeepTheirEmphasis() throws Exception {
        try (ScreenTester t = open(true)) {
            assertThat(cell(t, 1, 0).getModifiers()).contains(SGR.REVERSE);
            assertThat(cell(t, 1, 23).getModifiers()).contains(SGR.REVERSE);
            assertThat(cell(t, 1, 23).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
            assertThat(cell(t, columnOf(t, 1, TITLE), 1).getModifiers()).contains(SGR.BOLD);
        }
    }

    @Test
    void theSelectedCommentIsReversedAcrossTheWholeRowTextIncluded() throws Exception {
        for (boolean monochrome : new boolean[] {false, true}) {
            try (ScreenTester t = open(monochrome)) {
                t.press("j");
                int row = rowOf(t, "网友0");
                assertThat(IntStream.range(0, 80).mapToObj(c -> cell(t, c, row).getModifiers()))
                        .as("monochrome %s: %s", monochrome, t.row(row)).allMatch(m -> m.contains(SGR.REVERSE));
                int other = rowOf(t, "网友1");
                assertThat(cell(t, columnOf(t, other, "网友1"), other).getModifiers()).doesNotContain(SGR.REVERSE);
            }
        }
    }

    @Test
    void searchMatchesAreMarkedInColourAndWithout() throws Exception {
        for (boolean monochrome : new boolean[] {false, true}) {
            try (ScreenTester t = open(monochrome)) {
                t.press("/").type("关键词");
                int row = rowOf(t, "关键词");
                int at = columnOf(t, row, "关键词");
                TextCharacter hit = cell(t, at, row);
                assertThat(hit.getModifiers()).as("monochrome %s", monochrome).contains(SGR.BOLD);
                if (monochrome) {
                    assertThat(hit.getModifiers()).contains(SGR.UNDERLINE);
                } else {
                    assertThat(hit.getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW);
                }
                assertThat(cell(t, at - 2, row).getModifiers()).isEmpty();
            }
        }
    }
}
