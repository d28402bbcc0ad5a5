package dev.fenghuang.tui;

import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.Glyphs;
import dev.fenghuang.tui.text.Palette;
import dev.fenghuang.tui.text.RowPainter;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The status bar: a message never runs into the position, and a key stays with the word it explains. */
class StatusBarTest {
    private static List<String> draw(int width, int height, String message, boolean error, String right)
            throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(width, height));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        ColumnWidth widths = ColumnWidth.of(false);
        Chrome chrome = new Chrome(new RowPainter(new Glyphs(widths), Palette.of(true)), "site", "reader1");
        TextGraphics g = screen.newTextGraphics();
        chrome.status(g, height - 1, width, message, error, "", right);
        screen.refresh();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < width; c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                sb.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            rows.add(sb.toString().stripTrailing());
        }
        screen.stopScreen();
        return rows;
    }

    @Test
    void aLongMessageKeepsTwoSpacesBeforeThePositionAndIsReadWhole() throws Exception {
        String message = "2 unsent drafts are kept for this article: press C to write the comment again";
        List<String> rows = draw(80, 6, message, false, "1/3  line 1/37 59%");
        String last = rows.get(rows.size() - 1);

        assertThat(last).endsWith("  1/3  line 1/37 59%");
        assertThat(last.substring(0, last.indexOf("1/3  line"))).endsWith("  ");
        assertThat(String.join(" ", rows).replaceAll(" +", " ")).contains(message);
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 34, 38, 42, 46, 50, 54, 58, 62})
    void theRetryKeyStaysWithItsWord(int width) throws Exception {
        String message = "网站提示：抱歉，本栏目正在维护之中，操作被系统拒绝  r: retry";
        List<String> rows = draw(width, 8, message, true, "1/2");

        assertThat(rows).as("width %d: %s", width, rows).anyMatch(r -> r.contains("r: retry"));
    }

    @Test
    void aNarrowStatusBarDropsTheWordsOfThePositionBeforeItsDigits() throws Exception {
        List<String> rows = draw(20, 3, null, false, "第 72/128 行 56%");
        String last = rows.get(rows.size() - 1);

        assertThat(last).as(last).contains("72/128").doesNotContain("…");
    }

    @Test
    void atTwentyColumnsThePositionStaysWholeAndKeepsItsPaddingWhileTheHintsGo() throws Exception {
        // "[reader1] " leaves 10 columns: the count with its padding, never a cut percentage.
        String top = draw(20, 3, null, false, "line   1/203   0%").get(2);
        String end = draw(20, 3, null, false, "line 201/203 100%").get(2);
        String wider = draw(23, 3, null, false, "line 201/203 100%").get(2);
        assertThat(wider).as(wider).endsWith("201/203 100%");

        assertThat(end).as(end).contains("201/203").doesNotContain("…").doesNotContain("10");
        assertThat(top.indexOf("/")).as(top + " | " + end).isEqualTo(end.indexOf("/"));
    }
}
