package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
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
 * What a one-line scroll in a thread costs on the wire: every frame of {@code j} down each page of the demo's long
 * thread (tid 1) and {@code k} back up, at 80×24 through Lanterna's ANSI terminal, stays within 200 bytes, with
 * colours and without; the floor under the cursor moving its mark included. A byte count, not a timing; after every
 * frame what a terminal makes of the bytes must be the frame, cell for cell.
 */
class ForumScrollBytesTest {
    static final int LINE_BUDGET = ScrollBytesTest.LINE_BUDGET;
    static final int MOST_PRESSES = 200;

    @TempDir
    static Path home;
    static PortalSession session;

    @BeforeAll
    static void open() {
        session = DemoReader.session(home);
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

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
            UiLoop loop = new UiLoop(screen, session.reader(),
                    TuiOptions.defaults().withLanguage("zh").withMonochrome(monochrome),
                    new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                            new Clipboard(OutputStream.nullOutputStream())));
            loop.forum(Tui.forumOf(session));
            loop.start();
            loop.settle();
            AnsiScreenModel shown = new AnsiScreenModel(80, 24);
            shown.feed(out.toString(StandardCharsets.UTF_8));
            Rig rig = new Rig(loop, out, screen, shown);
            rig.frameFor("Tab");
            rig.frameFor(":");
            for (char c : "1".toCharArray()) {
                rig.frameFor(String.valueOf(c));
            }
            rig.frameFor("Enter");
            return rig;
        }

        String frameFor(String key) throws Exception {
            out.reset();
            loop.press(ScreenTester.stroke(key));
            loop.settle();
            String frame = out.toString(StandardCharsets.UTF_8);
            shown.feed(frame);
            List<String> wrong = shown.differencesFrom(screen::getBackCharacter);
            if (!wrong.isEmpty()) {
                throw new AssertionError("after " + key + " the terminal shows cells the frame did not draw: "
                        + wrong.subList(0, Math.min(5, wrong.size())));
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

    @ParameterizedTest(name = "monochrome {0}")
    @ValueSource(booleans = {false, true})
    void everyOneLineScrollThroughTheLongThreadStaysWithinTheBudget(boolean monochrome) throws Exception {
        Rig rig = Rig.open(monochrome);
        assertThat(rig.statusRow()).contains("1/7");
        List<String> down = new ArrayList<>();
        List<String> up = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            down.addAll(rig.walk("j"));
            up.addAll(rig.walk("k"));
            rig.frameFor("]");
        }
        int most = down.stream().mapToInt(ScrollBytesTest::bytes).max().orElse(0);
        int mostUp = up.stream().mapToInt(ScrollBytesTest::bytes).max().orElse(0);
        System.out.printf("forum thread one-line scroll, monochrome %s: %d frames down (max %d B), %d up (max %d B)%n",
                monochrome, down.size(), most, up.size(), mostUp);
        assertThat(down.size()).as("lines scrolled down").isGreaterThan(30);
        assertThat(ScrollBytesTest.over(down, LINE_BUDGET)).as("one-line scrolls down over %d B", LINE_BUDGET)
                .isEmpty();
        assertThat(ScrollBytesTest.over(up, LINE_BUDGET)).as("one-line scrolls up over %d B", LINE_BUDGET).isEmpty();
    }
}
