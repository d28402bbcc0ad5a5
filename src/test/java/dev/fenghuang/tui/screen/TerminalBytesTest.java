package dev.fenghuang.tui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each character reaches a UTF-8 terminal as its own bytes, worked out without an encoder. */
class TerminalBytesTest {
    /** An ANSI terminal of 80x24 writing into {@code out}, translating as {@link WholeCharacterTerminal} or not. */
    private static ANSITerminal terminal(ByteArrayOutputStream out, Charset charset, boolean ours) {
        TerminalBytes bytes = new TerminalBytes(charset);
        return new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, charset) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(80, 24);
            }

            @Override
            protected byte[] translateCharacter(char c) {
                byte[] own = ours ? bytes.of(c) : null;
                return own != null ? own : super.translateCharacter(c);
            }
        };
    }

    private static byte[] sent(String text, Charset charset, boolean ours) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ANSITerminal terminal = terminal(out, charset, ours);
        terminal.putString(text);
        terminal.flush();
        return out.toByteArray();
    }

    @Test
    void everyCharacterOfTheBasicPlaneIsItsUtf8Bytes() {
        TerminalBytes bytes = new TerminalBytes(StandardCharsets.UTF_8);
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            assertThat(bytes.of(c)).as("U+%04X", (int) c).isEqualTo(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        for (int c = Character.MAX_SURROGATE + 1; c <= Character.MAX_VALUE; c++) {
            assertThat(bytes.of((char) c)).as("U+%04X", c)
                    .isEqualTo(String.valueOf((char) c).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Lanterna sends its encoder's buffer whole: three bytes long for a character of two, the last a NUL. */
    @Test
    void aCharacterOfTwoBytesIsNotFollowedByANul() throws IOException {
        String text = "第 1 页 · 共 3 页 ×2 café 😀";
        assertThat(sent(text, StandardCharsets.UTF_8, false)).contains(0xC2, 0xB7, 0x00);
        assertThat(sent(text, StandardCharsets.UTF_8, true)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anotherCharsetIsLeftToTheTerminal() throws IOException {
        Charset gbk = Charset.forName("GBK");
        assertThat(new TerminalBytes(gbk).of('中')).isNull();
        assertThat(sent("中文 abc", gbk, true)).isEqualTo(sent("中文 abc", gbk, false));
    }
}
