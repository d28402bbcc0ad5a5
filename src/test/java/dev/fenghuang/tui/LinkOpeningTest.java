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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The o key: http(s) links open at once, any other scheme only after a yes. */
class LinkOpeningTest {
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
        site.articles.put(1L, new Article(1, plain.url(), plain.title(), plain.category(), plain.breadcrumb(),
                plain.published(), plain.publisher(), 0, 0, null, null, null, plain.paragraphs(), List.of(),
                List.of(new Link("file:///etc/passwd", "本地", 0), new Link("http://ok.example/a", "网页", 0),
                        new Link("smb://share.example/c$", "共享", 0), new Link("x-custom:run", "自定义", 0)),
                1, 1, null, plain.reactions(), List.of(), 0, true));
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

    private String press(String... keys) throws Exception {
        for (String k : keys) {
            loop.press(ScreenTester.stroke(k));
            loop.settle();
        }
        int last = terminal.getTerminalSize().getRows() - 1;
        StringBuilder status = new StringBuilder();
        for (int c = 0; c < terminal.getTerminalSize().getColumns(); c++) {
            status.append(terminal.getCharacter(c, last).getCharacterString());
        }
        return status.toString().strip();
    }

    @Test
    void opensAnHttpLinkAtOnce() throws Exception {
        assertThat(press("2", "o")).contains("Opening http://ok.example/a");
        assertThat(started).containsExactly(List.of("mybrowser", "http://ok.example/a"));
    }

    @Test
    void asksBeforeAFileLinkAndOpensNothingOnNo() throws Exception {
        assertThat(press("1", "o")).contains("Not a web link: file:///etc/passwd").contains("(y/N)");
        assertThat(started).isEmpty();
        assertThat(press("n")).contains("Not opened.");
        assertThat(started).isEmpty();
    }

    @Test
    void opensAnotherSchemeOnlyAfterYes() throws Exception {
        press("3", "o");
        assertThat(started).isEmpty();
        press("y");
        assertThat(started).containsExactly(List.of("mybrowser", "smb://share.example/c$"));
        press("4", "o", "Escape");
        assertThat(started).hasSize(1);
    }

    @Test
    void tellsWebLinksFromEverythingElse() {
        assertThat(BrowserOpener.isWebLink("https://portal.example/portal.php?mod=view&aid=1")).isTrue();
        assertThat(BrowserOpener.isWebLink("HTTP://portal.example/")).isTrue();
        assertThat(BrowserOpener.isWebLink("file:///etc/passwd")).isFalse();
        assertThat(BrowserOpener.isWebLink("smb://share/c")).isFalse();
        assertThat(BrowserOpener.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(BrowserOpener.isWebLink("http:/no-host")).isFalse();
        assertThat(BrowserOpener.isWebLink("-help")).isFalse();
        assertThat(BrowserOpener.isWebLink("http://a.example/%1B]52;c;x%07")).isTrue();
    }
}
