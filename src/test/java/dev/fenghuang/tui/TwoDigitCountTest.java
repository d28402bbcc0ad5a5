package dev.fenghuang.tui;

import dev.fenghuang.tui.term.BrowserOpener;
import dev.fenghuang.tui.term.Clipboard;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Link;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A count of two digits or more reaches references 10 and above, on the virtual terminal. */
class TwoDigitCountTest {
    @TempDir
    Path home;

    private final List<List<String>> started = new ArrayList<>();
    private TerminalScreen screen;
    private DefaultVirtualTerminal terminal;
    private UiLoop loop;

    @BeforeEach
    void open() throws Exception {
        FakeSite site = new FakeSite();
        Article plain = FakeSite.article(1, "链接", List.of("正文"), List.of());
        List<Link> links = IntStream.rangeClosed(1, 14)
                .mapToObj(n -> new Link("http://ok.example/" + n, "链接" + n, 0)).toList();
        site.articles.put(1L, new Article(1, plain.url(), plain.title(), plain.category(), plain.breadcrumb(),
                plain.published(), plain.publisher(), 0, 0, null, null, null, plain.paragraphs(), List.of(),
                links, 1, 1, null, plain.reactions(), List.of(), 0, true));
        terminal = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        BrowserOpener opener = new BrowserOpener(Map.of("BROWSER", "mybrowser"), Runnable::run, started::add);
        loop = new UiLoop(screen, site.reader(home), TuiOptions.defaults().withLanguage("en").withOpenAid(1L),
                new LoopParts(Runnable::run, opener, new Clipboard(new ByteArrayOutputStream())));
        loop.start();
        loop.settle();
    }

    @AfterEach
    void close() throws Exception {
        screen.stopScreen();
    }

    private void press(String... keys) throws Exception {
        for (String k : keys) {
            loop.press(ScreenTester.stroke(k));
            loop.settle();
        }
    }

    @Test
    void twelveThenOOpensTheTwelfthReference() throws Exception {
        press("1", "2", "o");
        assertThat(started).containsExactly(List.of("mybrowser", "http://ok.example/12"));
    }

    @Test
    void tenThenOOpensTheTenthReference() throws Exception {
        press("1", "0", "o");
        assertThat(started).containsExactly(List.of("mybrowser", "http://ok.example/10"));
    }
}
