package dev.fenghuang.tui;

import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a one-line scroll costs on the wire: every frame of {@code j} down the whole demo article and {@code k} back
 * up, at 80×24 through Lanterna's ANSI terminal, stays within 200 bytes, and a page within 2.5 KB, with colours and
 * under {@code NO_COLOR} alike. A byte count, not a timing. After every frame, what a terminal makes of the bytes
 * ({@link AnsiScreenModel}) must be the frame, cell for cell: no saving may leave a cell wrong.
 */
class ScrollBytesTest {
    static final int LINE_BUDGET = 200;
    static final int PAGE_BUDGET = 2560;
    /** More presses than the demo article has lines: the walk stops when the position stops changing. */
    static final int MOST_PRESSES = 400;

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

    /** The reader on the demo article at 80×24, everything it sends kept. */
    record Rig(UiLoop loop, ByteArrayOutputStream out, TerminalScreen screen, AnsiScreenModel shown) {
        static Rig open(boolean monochrome) throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TerminalSize size = new TerminalSize(80, 24);
            ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), new TerminalOutput(out),
                    StandardCharsets.UTF_8) {
                @Override
                protected TerminalSize findTerminalSize() {
                    return size;
                }
            };
            TerminalScreen screen = new ScrollSafeScreen(terminal);
            screen.startScreen();
            UiLoop loop = new UiLoop(screen, reader,
                    TuiOptions.defaults().withLanguage("zh").withOpenAid(1L).withMonochrome(monochrome),
                    new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                            new Clipboard(OutputStream.nullOutputStream())));
            loop.start();
            loop.settle();
            AnsiScreenModel shown = new AnsiScreenModel(80, 24);
            shown.feed(out.toString(StandardCharsets.UTF_8));
            return new Rig(loop, out, screen, shown);
        }

        /** What the terminal is sent for one key, once what it then shows is checked against the frame. */
        String frameFor(String key) throws Exception {
            out.reset();
            loop.press(ScreenTester.stroke(key));
            loop.settle();
            String frame = out.toString(StandardCharsets.UTF_8);
            shown.feed(frame);
            List<String> wrong = shown.differencesFrom(screen::getBackCharacter);
            if (!wrong.isEmpty()) {
                throw new AssertionError("after " + key + " the terminal shows cells the frame did not draw: "
                        + wrong.subList(0, Math.min(5, wrong.size())) + " sent: " + decoded(frame));
            }
            return frame;
        }

        String statusRow() {
            StringBuilder sb = new StringBuilder();
            int row = screen.getTerminalSize().getRows() - 1;
            for (int c = 0; c < screen.getTerminalSize().getColumns(); c++) {
                TextCharacter ch = screen.getBackCharacter(c, row);
                sb.append(ch == null ? " " : ch.getCharacterString());
            }
            return sb.toString();
        }

        /** The frames {@code key} sends, pressed until the position stops changing. */
        List<String> walk(String key) throws Exception {
            List<String> frames = new ArrayList<>();
            for (int i = 0; i < MOST_PRESSES; i++) {
                String before = statusRow();
                frames.add(frameFor(key));
                if (statusRow().equals(before)) {
                    return frames;
                }
            }
            throw new AssertionError(key + " still moves after " + MOST_PRESSES + " presses");
        }
    }

    static int bytes(String frame) {
        return frame.getBytes(StandardCharsets.UTF_8).length;
    }

    static String decoded(String frame) {
        return frame.replace("\u001B", "␛").replace("\n", "\\n");
    }

    static List<String> over(List<String> frames, int budget) {
        return frames.stream().filter(f -> bytes(f) > budget).map(f -> bytes(f) + " B: " + decoded(f)).toList();
    }

    @ParameterizedTest(name = "monochrome {0}")
    @ValueSource(booleans = {false, true})
    void everyOneLineScrollDownTheArticleAndBackStaysWithinTheBudget(boolean monochrome) throws Exception {
        Rig rig = Rig.open(monochrome);
        List<String> down = rig.walk("j");
        List<String> up = rig.walk("k");

        assertThat(down.size()).as("lines scrolled down").isGreaterThan(40);
        assertThat(up.size()).as("lines scrolled up").isGreaterThan(40);
        assertThat(over(down, LINE_BUDGET)).as("one-line scrolls down over %d B", LINE_BUDGET).isEmpty();
        assertThat(over(up, LINE_BUDGET)).as("one-line scrolls up over %d B", LINE_BUDGET).isEmpty();
    }

    @ParameterizedTest(name = "monochrome {0}")
    @ValueSource(booleans = {false, true})
    void aPageDownStaysWithinTheBudget(boolean monochrome) throws Exception {
        Rig rig = Rig.open(monochrome);

        assertThat(bytes(rig.frameFor("Space"))).isLessThanOrEqualTo(PAGE_BUDGET);
    }
}
