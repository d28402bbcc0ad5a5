package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.fenghuang.app.PortalReader;
import dev.fenghuang.tui.screen.ScrollSafeScreen;
import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's first frame waits a moment for the first view's load (issue 13): a page the store or memory holds is in
 * the first frame, not after a frame of the empty view that the first frame would wait for; a slow page still gets a
 * frame with the spinner first.
 */
class FirstFrameTest {
    @TempDir
    Path home;

    /** A virtual terminal that keeps the text it shows at each flush that shows any. */
    static final class Frames extends DefaultVirtualTerminal {
        final List<String> shown = new CopyOnWriteArrayList<>();

        Frames() {
            super(new TerminalSize(60, 12));
        }

        @Override
        public synchronized void flush() {
            super.flush();
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < getTerminalSize().getRows(); r++) {
                for (int c = 0; c < getTerminalSize().getColumns(); c++) {
                    TextCharacter ch = getCharacter(c, r);
                    text.append(ch.getCharacterString());
                    if (ch.isDoubleWidth()) {
                        c++;
                    }
                }
                text.append('\n');
            }
            if (!text.toString().isBlank()) {
                shown.add(text.toString());
            }
        }
    }

    private static FakeSite site() {
        FakeSite site = new FakeSite();
        site.articles.put(1L, FakeSite.article(1, "第一篇", List.of("正文一。"), List.of()));
        return site;
    }

    private UiLoop loop(Frames terminal, Long openAid, Executor worker) throws Exception {
        return loop(terminal, openAid, worker, site().reader(home));
    }

    private UiLoop loop(Frames terminal, Long openAid, Executor worker, PortalReader reader) throws Exception {
        ScrollSafeScreen screen = new ScrollSafeScreen(terminal);
        screen.startScreen();
        UiLoop loop = new UiLoop(screen, reader, TuiOptions.defaults().withLanguage("zh").withOpenAid(openAid),
                new LoopParts(worker, new BrowserOpener(Map.of(), Runnable::run),
                        new Clipboard(OutputStream.nullOutputStream())));
        loop.start();
        return loop;
    }

    /** Each task on a thread of its own, as the reader's worker runs it. */
    private static Executor threads() {
        return task -> new Thread(task).start();
    }

    @Test
    void anArticleThatComesWithinTheWaitIsInTheFirstFrame() throws Exception {
        Frames terminal = new Frames();
        UiLoop loop = loop(terminal, 1L, threads());

        loop.turns().firstFrame(Duration.ofSeconds(10));

        assertThat(terminal.shown).isNotEmpty().allSatisfy(frame -> assertThat(frame).contains("正文一。"));
    }

    @Test
    void theSectionsThatComeWithinTheWaitAreInTheFirstFrame() throws Exception {
        Frames terminal = new Frames();
        UiLoop loop = loop(terminal, null, threads());

        loop.turns().firstFrame(Duration.ofSeconds(10));

        assertThat(terminal.shown).isNotEmpty().allSatisfy(frame -> assertThat(frame).contains(">测试"));
    }

    @Test
    void aSlowPageGetsAFrameWithoutItFirstAndIsShownWhenItComes() throws Exception {
        Frames terminal = new Frames();
        CountDownLatch slow = new CountDownLatch(1);
        UiLoop loop = loop(terminal, 1L, task -> new Thread(() -> {
            try {
                slow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        }).start());

        loop.turns().firstFrame(Duration.ofMillis(30));

        assertThat(terminal.shown).hasSize(1);
        assertThat(terminal.shown.get(0)).contains("fake").doesNotContain("正文一。");
        slow.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!terminal.shown.get(terminal.shown.size() - 1).contains("正文一。") && System.nanoTime() < deadline) {
            Thread.sleep(5);
            loop.settle();
        }
        assertThat(terminal.shown.get(terminal.shown.size() - 1)).contains("正文一。");
    }

    @Test
    void aKeyBeforeThePageComesIsTakenAndTheFrameDrawn() throws Exception {
        Frames terminal = new Frames();
        CountDownLatch never = new CountDownLatch(1);
        UiLoop loop = loop(terminal, 1L, task -> new Thread(() -> {
            try {
                never.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        }).start());
        loop.post(loop::quit);

        loop.turns().firstFrame(Duration.ofSeconds(10));

        assertThat(loop.running()).isFalse();
        never.countDown();
    }

    /**
     * While the first page is on its way from the site, the UI thread, idle until it comes, sets up what reading it
     * needs; the page here comes only once that is done, and is in the first frame.
     */
    @Test
    void whileTheFirstPageComesFromTheSiteTheWaitPreparesReadingIt() throws Exception {
        FakeSite site = site();
        CountDownLatch gate = new CountDownLatch(1);
        site.articleGate = gate;
        site.onPrepare = gate::countDown;
        Frames terminal = new Frames();
        UiLoop loop = loop(terminal, 1L, threads(), site.reader(home));

        loop.turns().firstFrame(Duration.ofSeconds(10));

        assertThat(site.prepared).hasValue(1);
        assertThat(terminal.shown).isNotEmpty().allSatisfy(frame -> assertThat(frame).contains("正文一。"));
    }

    /** A first page that memory holds goes nowhere: nothing is prepared, nor waited for. */
    @Test
    void aFirstPageInMemoryIsShownWithoutPreparingAnything() throws Exception {
        FakeSite site = site();
        PortalReader reader = site.reader(home);
        reader.article(1, 1, false);
        Frames terminal = new Frames();
        UiLoop loop = loop(terminal, 1L, threads(), reader);

        loop.turns().firstFrame(Duration.ofSeconds(10));

        assertThat(site.prepared).hasValue(0);
        assertThat(terminal.shown).isNotEmpty().allSatisfy(frame -> assertThat(frame).contains("正文一。"));
    }
}
