package dev.fenghuang.tui;

import dev.fenghuang.tui.moderate.ModerationDesk;
import dev.fenghuang.tui.moderate.ModerationView;
import dev.fenghuang.tui.moderate.Triage;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoSession;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.QueueFilter;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What triage costs: bytes sent to an 80×24 terminal per decision (one key, one row), and the time from asking for
 * a queue page of 100 entries to its frame, against the demo portal. Run on demand:
 * {@code mvn -B test -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=ModerationBenchmarkTest}.
 */
@Tag("benchmark")
class ModerationBenchmarkTest {
    @TempDir
    Path home;

    /** The reader moderating as admin on an ANSI terminal writing to a byte counter; the queue opened at 100 a page. */
    record Rig(UiLoop loop, ReaderBenchmarkTest.ByteCounter out) {
        static Rig open(PortalSession session, int columns, int rows) throws Exception {
            ReaderBenchmarkTest.ByteCounter out = new ReaderBenchmarkTest.ByteCounter();
            TerminalSize size = new TerminalSize(columns, rows);
            ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]),
                    new TerminalOutput(out), StandardCharsets.UTF_8) {
                @Override
                protected TerminalSize findTerminalSize() {
                    return size;
                }
            };
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            Triage triage = Triage.over(session.moderation(), session.participation());
            UiLoop loop = new UiLoop(screen, session.reader(), session.participation(), triage,
                    TuiOptions.defaults().withLanguage("zh"), new LoopParts(Runnable::run,
                    new BrowserOpener(Map.of(), Runnable::run), new Clipboard(OutputStream.nullOutputStream())));
            loop.start();
            loop.settle();
            return new Rig(loop, out);
        }

        long bytesFor(String key) throws Exception {
            long before = out.bytes;
            loop.press(ScreenTester.stroke(key));
            loop.settle();
            return out.bytes - before;
        }
    }

    private static Rig signedIn(DemoSession demo) throws Exception {
        PortalSession s = demo.session();
        s.participation().login("admin", "admin123".toCharArray(), 0, "", true, "");
        s.moderation().unlock("admin123".toCharArray(), 0, "");
        Rig rig = Rig.open(s, 80, 24);
        rig.loop.open(new ModerationView(rig.loop, new ModerationDesk(rig.loop, Triage.over(s.moderation(),
                s.participation())), QueueFilter.pending().withPerPage(100)));
        rig.loop.settle();
        return rig;
    }

    @Test
    void bytesPerDecisionAt80x24() throws Exception {
        try (DemoSession demo = DemoSession.open(home)) {
            Rig rig = signedIn(demo);
            String[] keys = {"a", "i", "u", "Space", "d"};
            long[][] bytes = new long[keys.length][10];
            for (int i = 0; i < 10; i++) {
                for (int k = 0; k < keys.length; k++) {
                    rig.bytesFor("j");
                    bytes[k][i] = keys[k].equals("d") ? rig.bytesFor("d") + rig.bytesFor("Enter")
                            : rig.bytesFor(keys[k]);
                }
            }
            StringBuilder line = new StringBuilder("BENCH bytes per decision 80x24 (median, max):");
            for (int k = 0; k < keys.length; k++) {
                Arrays.sort(bytes[k]);
                line.append(String.format(" %s %d/%d B;", keys[k].equals("d") ? "d+Enter (reason prompt)" : keys[k],
                        bytes[k][5], bytes[k][9]));
            }
            System.out.println(line);
            assertThat(bytes[0][5]).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void openingAQueuePageOf100Entries() throws Exception {
        try (DemoSession demo = DemoSession.open(home)) {
            Rig rig = signedIn(demo);
            int n = 15;
            long[] nanos = new long[n];
            for (int i = 0; i < n + 5; i++) {
                String key = i % 2 == 0 ? "]" : "[";
                long start = System.nanoTime();
                rig.bytesFor(key);
                if (i >= 5) {
                    nanos[i - 5] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("BENCH open a queue page of 100 entries (request, parse, layout, frame): "
                    + "median %.1f ms, max %.1f ms%n", nanos[n / 2] / 1e6, nanos[n - 1] / 1e6);
            assertThat(nanos[n / 2] / 1e6).isLessThan(1000.0);
        }
    }
}
