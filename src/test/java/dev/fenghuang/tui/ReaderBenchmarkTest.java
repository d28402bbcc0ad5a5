package dev.fenghuang.tui;

import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader costs: key to frame, bytes per scroll, and start-up. Run on demand:
 * {@code mvn -B test -Dgroups=benchmark -Dtest.excludedGroups=}. Frames go through Lanterna's ANSI terminal into a
 * byte counter, as they would to a real terminal.
 */
@Tag("benchmark")
class ReaderBenchmarkTest {
    static final String TITLE = "全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开";

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

    /** Counts what is written, and throws it away. */
    static final class ByteCounter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** The reader on an ANSI terminal of a fixed size writing to a byte counter. */
    record Rig(UiLoop loop, ByteCounter out, TerminalScreen screen) {
        static Rig open(int columns, int rows) throws Exception {
            ByteCounter out = new ByteCounter();
            TerminalSize size = new TerminalSize(columns, rows);
            ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]),
                    new TerminalOutput(out), StandardCharsets.UTF_8) {
                @Override
                protected TerminalSize findTerminalSize() {
                    return size;
                }
            };
            TerminalScreen screen = new ScrollSafeScreen(terminal);
            screen.startScreen();
            UiLoop loop = new UiLoop(screen, reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(1L),
                    new LoopParts(Runnable::run, new BrowserOpener(Map.of(), Runnable::run),
                            new Clipboard(OutputStream.nullOutputStream())));
            loop.start();
            loop.settle();
            return new Rig(loop, out, screen);
        }

        long bytesFor(String key) throws Exception {
            long before = out.bytes;
            loop.press(ScreenTester.stroke(key));
            loop.settle();
            return out.bytes - before;
        }
    }

    @Test
    void keyToFrameForACachedArticleAt200x60() throws Exception {
        Rig rig = Rig.open(200, 60);
        int n = 3000;
        long[] nanos = new long[n];
        for (int i = 0; i < n + 2000; i++) {
            String key = (i / 20) % 2 == 0 ? "j" : "k";
            long start = System.nanoTime();
            rig.bytesFor(key);
            if (i >= 2000) {
                nanos[i - 2000] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        double p50 = nanos[n / 2] / 1e6;
        double p99 = nanos[n * 99 / 100] / 1e6;
        System.out.printf("BENCH key-to-frame 200x60: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", p50, p99,
                nanos[n - 1] / 1e6);
        assertThat(p99).isLessThan(16.0);
    }

    @Test
    void bytesForAOneLineScrollAndAPageAt80x24() throws Exception {
        Rig rig = Rig.open(80, 24);
        long[] lines = new long[10];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = rig.bytesFor("j");
        }
        long page = rig.bytesFor("Space");
        long back = rig.bytesFor("k");
        Arrays.sort(lines);
        System.out.printf("BENCH one-line scroll 80x24: median %d B, max %d B; one line up %d B; page down %d B%n",
                lines[lines.length / 2], lines[lines.length - 1], back, page);
        assertThat(lines[lines.length / 2]).isLessThanOrEqualTo(200);
        assertThat(page).isLessThanOrEqualTo(2560);
    }

    @Test
    void coldStartToTheFirstScreenInTmux() throws Exception {
        String classpath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        measureStart(java + " -XX:TieredStopAtLevel=1 -cp " + classpath + " dev.fenghuang.Main", "classes");
        Path launcher = Path.of(System.getProperty("fenghuang.jar", "target/fenghuang.jar")).resolveSibling("fenghuang");
        if (Files.isExecutable(launcher)) {
            measureStart(launcher.toAbsolutePath().toString(), "launcher");
        }
    }

    private static void measureStart(String command, String what) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            Path dir = Files.createTempDirectory(home, "start");
            try (TmuxSession tmux = new TmuxSession(dir, 80, 24)) {
                tmux.type("clear; " + command + " --demo --lang zh --open 1");
                long start = System.nanoTime();
                tmux.keys("Enter");
                tmux.await(s -> s.contains(TITLE), Duration.ofSeconds(30));
                best = Math.min(best, System.nanoTime() - start);
                tmux.keys("q");
                tmux.keys("Q"); // q would go up to the sections: from --open, q shows the list first
            }
        }
        System.out.printf("BENCH cold start to title (%s): best of 3 %d ms%n", what, best / 1_000_000);
    }
}
