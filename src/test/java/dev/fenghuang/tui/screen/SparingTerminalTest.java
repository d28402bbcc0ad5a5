package dev.fenghuang.tui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the sparing terminal leaves out, and what it must still send. */
class SparingTerminalTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final TextCharacter[] row = new TextCharacter[20];
    private final SparingTerminal terminal = new SparingTerminal(new ANSITerminal(
            new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(20, 2);
        }
    }, (c, r) -> r == 0 && c < row.length ? row[c] : null);

    SparingTerminalTest() {
        for (int c = 0; c < row.length; c++) {
            row[c] = TextCharacter.fromCharacter(' ')[0];
        }
    }

    private String sent() throws Exception {
        terminal.flush();
        String s = out.toString(StandardCharsets.UTF_8).replace("\u001B", "␛");
        out.reset();
        return s;
    }

    @Test
    void attributesAlreadySetAreNotSentAgainUntilForgotten() throws Exception {
        terminal.resetColorAndSGR();
        terminal.setForegroundColor(TextColor.ANSI.DEFAULT);
        terminal.setBackgroundColor(TextColor.ANSI.BLUE);
        terminal.enableSGR(SGR.BOLD);
        assertThat(sent()).isEqualTo("␛[0m␛[44m␛[1m");

        terminal.setBackgroundColor(TextColor.ANSI.BLUE);
        terminal.enableSGR(SGR.BOLD);
        terminal.disableSGR(SGR.REVERSE);
        assertThat(sent()).isEmpty();

        terminal.forgetAttributes();
        terminal.setBackgroundColor(TextColor.ANSI.BLUE);
        terminal.disableSGR(SGR.REVERSE);
        assertThat(sent()).isEqualTo("␛[44m␛[27m");
    }

    @Test
    void theCursorIsHiddenOnceUntilTheScreenStartsAgain() throws Exception {
        terminal.setCursorVisible(false);
        terminal.setCursorVisible(false);
        assertThat(sent()).isEqualTo("␛[?25l");

        terminal.forget();
        terminal.setCursorVisible(false);
        assertThat(sent()).isEqualTo("␛[?25l");
    }

    @Test
    void aFewPlainCellsInTheAttributesSetAreWrittenRatherThanJumpedOver() throws Exception {
        row[0] = TextCharacter.fromCharacter('a')[0];
        row[1] = TextCharacter.fromCharacter(' ')[0];
        row[2] = TextCharacter.fromCharacter('b')[0];
        terminal.setCursorPosition(0, 0);
        terminal.resetColorAndSGR();
        terminal.putString("a");
        terminal.setCursorPosition(2, 0);
        terminal.putString("b");
        assertThat(sent()).isEqualTo("␛[1;1H␛[0ma b");
    }

    @Test
    void cellsInOtherAttributesOrWideOnesAreJumpedOver() throws Exception {
        row[0] = TextCharacter.fromCharacter('a')[0];
        row[1] = TextCharacter.fromCharacter(' ', TextColor.ANSI.DEFAULT, TextColor.ANSI.BLUE)[0];
        row[2] = TextCharacter.fromCharacter('b')[0];
        row[3] = TextCharacter.fromCharacter('字')[0];
        row[5] = TextCharacter.fromCharacter('c')[0];
        terminal.setCursorPosition(0, 0);
        terminal.resetColorAndSGR();
        terminal.putString("a");
        terminal.setCursorPosition(2, 0);
        terminal.putString("b");
        terminal.setCursorPosition(5, 0);
        terminal.putString("c");
        assertThat(sent()).isEqualTo("␛[1;1H␛[0ma␛[1;3Hb␛[1;6Hc");
    }

    @Test
    void afterAScrollTheCursorIsMovedExplicitly() throws Exception {
        terminal.setCursorPosition(0, 0);
        terminal.resetColorAndSGR();
        terminal.putString(" ");
        terminal.scrollLines(0, 1, 1);
        sent();
        terminal.setCursorPosition(2, 0);
        assertThat(sent()).isEqualTo("␛[1;3H");
    }
}
