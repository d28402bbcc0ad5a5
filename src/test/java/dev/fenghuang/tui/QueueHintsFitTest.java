package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.fenghuang.app.Texts;
import dev.fenghuang.tui.text.ColumnWidth;
import dev.fenghuang.tui.text.Glyphs;
import dev.fenghuang.tui.text.Palette;
import dev.fenghuang.tui.text.RowPainter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The moderation queue's key hints in a status bar too narrow for all of them: whole hints are left out (the help
 * key stays last), none is cut in the middle of its word.
 */
class QueueHintsFitTest {
    private static String statusRow(int width, String hints, String right) throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(width, 3));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Chrome chrome = new Chrome(new RowPainter(new Glyphs(ColumnWidth.of(false)), Palette.of(true)), "site",
                "moderator1");
        chrome.status(screen.newTextGraphics(), 2, width, null, false, hints, right);
        screen.refresh();
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < width; c++) {
            TextCharacter ch = terminal.getCharacter(c, 2);
            sb.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                c++;
            }
        }
        screen.stopScreen();
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({"en,tui.queue.hintsRecent,80", "en,tui.queue.hints,80", "zh,tui.queue.hintsRecent,80",
            "zh,tui.queue.hints,80", "en,tui.recent.hints,60", "en,tui.queue.hintsRecent,50",
            "zh,tui.queue.hintsRecent,46", "en,tui.hints,40"})
    void hintsAreLeftOutWholeNeverCut(String language, String key, int width) throws Exception {
        Texts texts = Texts.forLanguage(language);
        String hints = texts.get(key);
        String right = texts.get("tui.page", "1", "3") + "  1/20  " + texts.get("tui.queue.total", "45");
        String row = statusRow(width, hints, right);
        String shown = row.substring("[moderator1] ".length(), row.indexOf(right.substring(0, 3))).strip();

        assertThat(shown).as(row).doesNotContain("…");
        List<String> words = Arrays.asList(hints.split(" +"));
        assertThat(Arrays.stream(shown.split(" +")).filter(w -> !w.isEmpty())).as(row).allMatch(words::contains);
        if (!shown.isEmpty() && hints.endsWith("?")) {
            assertThat(shown).as(row).endsWith("?");
        }
    }
}
