package dev.fenghuang.tui.screen;

import dev.fenghuang.tui.FakeSite;
import dev.fenghuang.tui.LoopParts;
import dev.fenghuang.tui.TuiOptions;
import dev.fenghuang.tui.UiLoop;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Characters outside the BMP reach an ANSI terminal as their own bytes, never as "??". */
class SurrogatePairsTest {
    static final String EMOJI = "\uD83D\uDE00";
    static final String EXTENSION_B = "\uD840\uDC00";

    @TempDir
    Path home;

    /** An ANSI terminal of 80x24 writing into {@code out}, encoding as {@link WholeCharacterTerminal} does or not. */
    private static ANSITerminal terminal(ByteArrayOutputStream out, boolean whole) {
        SurrogatePairs pairs = new SurrogatePairs(StandardCharsets.UTF_8);
        return new ANSITerminal(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(80, 24);
            }

            @Override
            protected byte[] translateCharacter(char c) {
                byte[] b = whole ? pairs.encode(c) : null;
                return b != null ? b : super.translateCharacter(c);
            }
        };
    }

    private String sentWhenReading(boolean whole) throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(1L, FakeSite.article(1, "表情" + EMOJI + "和" + EXTENSION_B, List.of("正文" + EMOJI),
                List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalScreen screen = new ScrollSafeScreen(terminal(out, whole));
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, site.reader(home), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L),
                new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                        new Clipboard(new ByteArrayOutputStream())));
        loop.start();
        loop.settle();
        screen.stopScreen();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lanternaAloneSendsEachHalfAsAQuestionMark() throws Exception {
        assertThat(sentWhenReading(false)).contains("表情??和??").doesNotContain(EMOJI);
    }

    @Test
    void anEmojiAndAnExtensionBCharacterAreSentWhole() throws Exception {
        assertThat(sentWhenReading(true)).contains("表情" + EMOJI + "和" + EXTENSION_B).contains("正文" + EMOJI)
                .doesNotContain("??");
    }

    @Test
    void aHalfWithoutItsOtherHalfBecomesOneQuestionMark() {
        SurrogatePairs pairs = new SurrogatePairs(StandardCharsets.UTF_8);
        assertThat(pairs.encode('\uD83D')).isEmpty();
        assertThat(pairs.encode('a')).containsExactly('?', 'a');
        assertThat(pairs.encode('\uDE00')).containsExactly('?');
        assertThat(pairs.encode('b')).isNull();
    }
}
