package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.screen.TerminalOutput;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new article whose page comes back within the loading frame's wait is drawn in one frame, with no frame of the
 * blank view and its spinner before it; one that takes longer still shows the spinner meanwhile. The reads run on a
 * worker of the test's, answered when the test says.
 */
class LoadingFrameTest {
    @TempDir
    Path home;

    /** A worker that runs what it is given at once until held, then keeps it for the test to run. */
    private static final class Worker implements java.util.concurrent.Executor {
        final List<Runnable> kept = new CopyOnWriteArrayList<>();
        volatile boolean held;

        @Override
        public void execute(Runnable task) {
            if (held) {
                kept.add(task);
            } else {
                task.run();
            }
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Worker worker = new Worker();

    private UiLoop reader() throws Exception {
        FakeSite site = new FakeSite();
        site.articles.put(2L, FakeSite.article(2, "第二篇", List.of("第二篇的正文。"), List.of()));
        PortalReader reader = DemoReader.over(site, home);
        ANSITerminal terminal = new ANSITerminal(new ByteArrayInputStream(new byte[0]), new TerminalOutput(out),
                StandardCharsets.UTF_8) {
            @Override
            protected TerminalSize findTerminalSize() {
                return new TerminalSize(60, 12);
            }
        };
        TerminalScreen screen = new ScrollSafeScreen(terminal);
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, reader, TuiOptions.defaults().withLanguage("zh"), new LoopParts(worker,
                new BrowserOpener(Map.of(), Runnable::run), new Clipboard(OutputStream.nullOutputStream())));
        loop.start();
        loop.settle();
        for (String key : List.of(":", "2")) {
            loop.press(ScreenTester.stroke(key));
            loop.settle();
        }
        worker.held = true;
        out.reset();
        loop.press(ScreenTester.stroke("Enter")); // the article view opens, blank, its read given to the worker
        return loop;
    }

    private String sent() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerWithinTheWaitIsDrawnInOneFrameWithoutTheSpinner() throws Exception {
        UiLoop loop = reader();
        Thread ui = Thread.currentThread();
        Thread answer = new Thread(() -> {
            while (ui.getState() != Thread.State.TIMED_WAITING && ui.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait(); // answers once the loop waits for it
            }
            worker.kept.get(worker.kept.size() - 1).run();
        });
        answer.setDaemon(true);
        answer.start();

        loop.turns().awaitBlankView(Duration.ofMinutes(5)); // the answer comes well within it
        loop.settle();

        assertThat(sent()).contains("第二篇的正文").doesNotContain("载入中");
        answer.join();
    }

    @Test
    void aSlowerAnswerShowsTheSpinnerFirst() throws Exception {
        UiLoop loop = reader();

        loop.turns().awaitBlankView(Duration.ZERO); // the wait passes with no answer
        loop.settle();
        assertThat(sent()).contains("载入中").doesNotContain("第二篇的正文");

        worker.kept.get(worker.kept.size() - 1).run();
        loop.settle();
        assertThat(sent()).contains("第二篇的正文");
    }
}
