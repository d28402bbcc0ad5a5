package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes as a terminal sends them, read the way the reader reads its terminal (Lanterna's decoder set up as
 * {@link Tui} sets it up, polled by {@link KeyReader}): SGR mouse reports (mode 1006) become mouse actions at any
 * column, and a control sequence nobody knows is dropped whole rather than typed as keys.
 */
class ControlSequenceInputTest {
    @TempDir
    static Path home;
    static PortalReader demo;

    @BeforeAll
    static void open() {
        demo = DemoReader.open(home.resolve("demo"));
    }

    @AfterAll
    static void close() throws Exception {
        demo.close();
    }

    /** Marks the end of the bytes: a stream that ends is not an end of input to the decoder, only silence. */
    private static final char LAST = '\u00a7';

    /** The keys the reader's input thread hands on for {@code bytes}, without the {@link #LAST} key ending them. */
    private static List<KeyStroke> keys(String bytes, boolean mouse) throws Exception {
        ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream((bytes + LAST).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(400, 50);
            }
        };
        Tui.input(terminal, TuiOptions.defaults().withMouse(mouse));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        List<KeyStroke> keys = new CopyOnWriteArrayList<>();
        CountDownLatch end = new CountDownLatch(1);
        new KeyReader(screen, k -> {
            if (k.getKeyType() == KeyType.Character && k.getCharacter() == LAST) {
                end.countDown();
            } else {
                keys.add(k);
            }
        }, end::countDown, () -> end.getCount() > 0, false).start();
        assertThat(end.await(10, TimeUnit.SECONDS)).isTrue();
        screen.stopScreen();
        return keys;
    }

    private static MouseAction mouse(MouseActionType type, int button, int column, int row) {
        return new MouseAction(type, button, new TerminalPosition(column, row));
    }

    @Test
    void sgrReportsBecomeMouseActionsPastColumn223() throws Exception {
        List<KeyStroke> keys = keys("\u001b[<0;300;8M\u001b[<0;300;8m\u001b[<65;5;8M\u001b[<64;1;1M"
                + "\u001b[<2;250;40M", true);
        assertThat(keys).containsExactly(
                mouse(MouseActionType.CLICK_DOWN, 1, 299, 7),
                mouse(MouseActionType.CLICK_RELEASE, 1, 299, 7),
                mouse(MouseActionType.SCROLL_DOWN, 5, 4, 7),
                mouse(MouseActionType.SCROLL_UP, 4, 0, 0),
                mouse(MouseActionType.CLICK_DOWN, 3, 249, 39));
    }

    @Test
    void aSidewaysWheelOrAFourthButtonIsNoVerticalScroll() throws Exception {
        assertThat(keys("\u001b[<66;5;8M\u001b[<67;5;8M\u001b[<128;5;8Mj", true))
                .containsExactly(new KeyStroke('j', false, false));
    }

    @Test
    void anUnknownControlSequenceIsDroppedWholeAndTheNextKeyStillCounts() throws Exception {
        List<KeyStroke> keys = keys("\u001b[<65;5;8Mj\u001b[?1;2cj\u001b[200~j", false);
        assertThat(keys).containsExactly(new KeyStroke('j', false, false), new KeyStroke('j', false, false),
                new KeyStroke('j', false, false));
    }

    @Test
    void knownSequencesKeepTheirMeaning() throws Exception {
        assertThat(keys("\u001b[A\u001b[1;5B\u001b[3~\u001bOP", false)).extracting(KeyStroke::getKeyType)
                .containsExactly(KeyType.ArrowUp, KeyType.ArrowDown, KeyType.Delete, KeyType.F1);
    }

    @Test
    void aWheelReportWithTheMouseOffRunsNoCommand() throws Exception {
        try (ScreenTester t = new ScreenTester(demo, TuiOptions.defaults().withLanguage("en"), 80, 24)) {
            List<String> before = t.rows();
            assertThat(t.row(1)).startsWith(">");
            for (KeyStroke k : keys("\u001b[<65;5;8M", false)) {
                t.loop.press(k);
            }
            t.loop.settle();
            assertThat(t.rows()).isEqualTo(before);
            for (KeyStroke k : keys("j", false)) {
                t.loop.press(k);
            }
            t.loop.settle();
            assertThat(t.row(2)).startsWith(">");
        }
    }
}
