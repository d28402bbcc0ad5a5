package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article list at 100 columns and more: a second line per entry, its comment count and summary. */
class WideListTest {
    /** The start of aid 1's summary, on page 2 of 党政风采 › 渠县 (catid 2). */
    static final String SUMMARY = "11月1日,全省“巾帼脱贫行动”";

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

    private static ScreenTester browse(int columns, int rows) throws Exception {
        return new ScreenTester(reader, TuiOptions.defaults().withLanguage("zh"), columns, rows);
    }

    private static List<String> listSide(ScreenTester t) {
        return t.rows().stream().map(r -> r.contains("│") ? r.substring(r.indexOf('│') + 1) : r).toList();
    }

    @Test
    void aWideWindowShowsEachEntrysSummaryAndTheCommentCountOfAnArticleRead() throws Exception {
        try (ScreenTester t = browse(120, 40)) {
            t.press(":").type("aid 1");
            t.press("h");
            t.press(":").type("catid 2");
            assertThat(listSide(t).get(4)).startsWith("            ").doesNotContain("评论 ");
            t.press("]");
            List<String> rows = listSide(t);

            String entry = rows.stream().filter(r -> r.contains("全省“巾帼脱贫行动”暨基层妇联")).findFirst().orElseThrow();
            String detail = rows.get(rows.indexOf(entry) + 1);
            assertThat(detail).contains("评论 0 · ").contains(SUMMARY);
            assertThat(t.rows()).allSatisfy(r -> assertThat(ColumnWidth.NARROW_AMBIGUOUS.of(r))
                    .isLessThanOrEqualTo(120));
            t.press("j");
            assertThat(listSide(t).get(3)).startsWith(">20");
        }
    }

    @Test
    void theSelectedEntryIsReversedOnBothOfItsRows() throws Exception {
        try (ScreenTester t = browse(120, 40)) {
            t.press(":").type("aid 1");
            t.press("h");
            t.press(":").type("catid 2");
            t.press("]");
            int title = t.rows().indexOf(t.rows().stream().filter(r -> r.contains(">20")).findFirst().orElseThrow());
            int col = 0;
            while (!t.terminal.getCharacter(col, title).getCharacterString().equals(">")) {
                col++;
            }

            assertThat(t.terminal.getCharacter(col + 1, title).getModifiers()).contains(SGR.REVERSE);
            assertThat(t.terminal.getCharacter(col + 1, title + 1).getModifiers()).contains(SGR.REVERSE);
            assertThat(t.terminal.getCharacter(col + 1, title + 2).getModifiers()).doesNotContain(SGR.REVERSE);
        }
    }

    @Test
    void aNarrowWindowKeepsOneLinePerEntry() throws Exception {
        try (ScreenTester t = browse(80, 24)) {
            t.press(":").type("aid 1");
            t.press("h");
            t.press(":").type("catid 2");
            t.press("]");

            assertThat(t.row(1)).startsWith(">20");
            assertThat(t.row(2)).startsWith(" 20");
            assertThat(t.text()).doesNotContain(SUMMARY).doesNotContain("评论 ");
        }
    }
}
